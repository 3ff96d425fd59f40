// The resident memory of a process and all its descendants, read from /proc (Linux): `next build`
// runs workers (type checking, static generation, webpack's), and its cost is the whole tree's.
// Read directly rather than through pidusage: that library reads one process at a time and has no
// tree, and a tree walk is two small files per process; the parsing is tested.
import { readdir, readFile } from "node:fs/promises";

/** /proc/<pid>/task/<tid>/children: the pids of the thread's children, space-separated. */
export function parseChildren(text: string): number[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((pid) => Number(pid))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

/** The resident set in bytes from /proc/<pid>/status (`VmRSS:   123456 kB`); none for a zombie. */
export function parseResidentBytes(status: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    // The process (or thread) ended while the tree was being read.
    return "";
  }
}

async function childrenOf(pid: number): Promise<number[]> {
  let threads: string[];
  try {
    threads = await readdir(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const lists = await Promise.all(
    threads.map((tid) => readOrEmpty(`/proc/${pid}/task/${tid}/children`)),
  );
  return lists.flatMap(parseChildren);
}

/** `rootPid` and every process below it, parents before their children. */
export async function processTree(rootPid: number): Promise<number[]> {
  const tree: number[] = [];
  const queue = [rootPid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    tree.push(pid);
    queue.push(...(await childrenOf(pid)));
  }
  return tree;
}

/** The resident bytes of `rootPid` and every descendant, now. */
export async function treeResidentBytes(rootPid: number): Promise<number> {
  const sizes = await Promise.all(
    (await processTree(rootPid)).map(
      async (pid) => parseResidentBytes(await readOrEmpty(`/proc/${pid}/status`)) ?? 0,
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

export interface PeakSampler {
  /** Stops sampling; the highest total seen, in bytes. */
  stop(): Promise<number>;
}

/**
 * Samples the tree every `intervalMs` until stopped. The sum of resident sets counts pages two
 * processes share twice, as `ps` or `top` summed would; a peak shorter than the interval can be
 * missed.
 */
export function samplePeak(rootPid: number, intervalMs: number): PeakSampler {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await treeResidentBytes(rootPid));
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}
