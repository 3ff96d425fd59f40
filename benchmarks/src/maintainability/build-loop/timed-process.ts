// A command run to its end, timed from spawn to exit on the harness's clock, with the peak
// resident memory of its whole process tree. It runs in a process group of its own, so a command
// that outlives its time limit is stopped with everything it started.
import { spawn } from "node:child_process";
import { samplePeak } from "./process-tree";

export interface TimedRun {
  wallMs: number;
  peakBytes: number;
}

export interface TimedOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  memorySampleMs: number;
}

/** Keeps the last `limit` characters of what the command printed, for an error message. */
function tail(limit: number) {
  let text = "";
  return {
    add(chunk: Buffer) {
      text = (text + chunk.toString("utf8")).slice(-limit);
    },
    get text() {
      return text;
    },
  };
}

export async function runTimed(
  command: string,
  args: readonly string[],
  options: TimedOptions,
): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = tail(4_000);
  child.stdout.on("data", output.add);
  child.stderr.on("data", output.add);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${command} could not be started`);
  const sampler = samplePeak(pid, options.memorySampleMs);
  const timer = setTimeout(() => process.kill(-pid, "SIGKILL"), options.timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  const peakBytes = await sampler.stop();
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} in ${options.cwd} exited with ${code ?? "a signal"}:\n${output.text}`,
    );
  }
  return { wallMs, peakBytes };
}
