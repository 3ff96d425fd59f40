// Runs one of the toolchain's commands in the scratch copy and keeps the end of what it printed,
// which is where compilers and builders say what went wrong.
import { spawn } from "node:child_process";

export interface CommandResult {
  /** Null when the command was killed (its time ran out). */
  code: number | null;
  /** The last part of stdout and stderr, interleaved. */
  output: string;
  seconds: number;
}

const keptOutput = 16_000;

export function runCommand(
  command: string,
  args: readonly string[],
  { cwd, timeoutMs = 10 * 60_000 }: { cwd: string; timeoutMs?: number },
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout ends the command's children (esbuild, workers) too.
    const child = spawn(command, args, {
      cwd,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-keptOutput);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs / 1000} s)`;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.trim(), seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** The first lines of a failing command's output that say what failed. */
export function firstLines(output: string, count = 20): string {
  const lines = output.split("\n").filter((line) => line.trim() !== "");
  const shown = lines.slice(0, count);
  return lines.length > count
    ? [...shown, `… and ${lines.length - count} more lines`].join("\n")
    : shown.join("\n");
}
