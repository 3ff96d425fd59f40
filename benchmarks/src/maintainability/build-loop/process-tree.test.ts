import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, test } from "vitest";
import { parseChildren, parseResidentBytes, processTree, treeResidentBytes } from "./process-tree";

describe("parseChildren", () => {
  test("reads the space-separated pids, with the kernel's trailing space", () => {
    expect(parseChildren("14519 14601 ")).toEqual([14519, 14601]);
  });

  test("a thread without children has none", () => {
    expect(parseChildren("")).toEqual([]);
  });
});

describe("parseResidentBytes", () => {
  test("reads VmRSS in kB as bytes, not VmHWM or RssAnon", () => {
    const status = [
      "Name:\tnode",
      "VmPeak:\t 1200000 kB",
      "VmHWM:\t  900000 kB",
      "VmRSS:\t  123456 kB",
      "RssAnon:\t   100000 kB",
    ].join("\n");
    expect(parseResidentBytes(status)).toBe(123456 * 1024);
  });

  test("a zombie, whose status has no VmRSS, has none", () => {
    expect(parseResidentBytes("Name:\tnext\nState:\tZ (zombie)\n")).toBeUndefined();
  });
});

describe("processTree (Linux /proc)", () => {
  const started: ReturnType<typeof spawn>[] = [];
  afterEach(() => {
    for (const child of started) child.kill("SIGKILL");
  });

  test("finds a child and the child's own child", async () => {
    const child = spawn("sh", ["-c", "sleep 30 & wait"], { stdio: "ignore" });
    started.push(child);
    const pid = child.pid as number;
    let tree: number[] = [];
    for (let attempt = 0; attempt < 50 && tree.length < 3; attempt++) {
      tree = await processTree(process.pid);
      await sleep(20);
    }
    const childIndex = tree.indexOf(pid);
    expect(tree[0]).toBe(process.pid);
    expect(childIndex).toBeGreaterThan(0);
    // The shell's sleep comes after the shell.
    expect(tree.length).toBeGreaterThan(childIndex + 1);
  });

  test("the tree's resident memory includes this process's own", async () => {
    const own = parseResidentBytes(
      await import("node:fs/promises").then((fs) => fs.readFile("/proc/self/status", "utf8")),
    );
    expect(own).toBeGreaterThan(0);
    expect(await treeResidentBytes(process.pid)).toBeGreaterThanOrEqual((own ?? 0) / 2);
  });
});
