// The visual parity check on the patched Storybook: each task's stories rendered in each kit, in
// each of its themes and at its viewport, then compared pixel for pixel between every two kits
// under the project's one budget. A story that throws, fails its play function or has an axe
// violation fails too: three kits showing the same error page would otherwise "match".
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { compareScreenshots, maxDifferingShare } from "@payout-styles/visual-parity";
import type { Browser, Page } from "playwright-core";
import {
  type AxeViolation,
  openPreview,
  renderStory,
} from "../../../../apps/storybook/story-tests/story-render";
import { type CheckOutcome, type CheckSubject, failed, passed } from "./check-outcome";
import { type ChangeTask, changeKits } from "./manifest";
import { staticStorybookContext } from "./static-storybook";

type Kit = (typeof changeKits)[number];
type Theme = ChangeTask["themes"][number];

export interface StoryParityOptions {
  browser: Browser;
  /** The patched copy's `storybook-static`. */
  staticDir: string;
  tasks: readonly ChangeTask[];
  /** Screenshots and diff images go here, one folder per task. */
  outDir: string;
  log(message: string): void;
}

interface Shot {
  file: string | null;
  problems: string[];
}

const shotKey = (task: string, story: string, theme: Theme, kit: Kit) =>
  `${task}|${story}|${theme}|${kit}`;

function storyIdsOf(staticDir: string): Set<string> {
  const index: { entries: Record<string, { type: string; id: string }> } = JSON.parse(
    readFileSync(join(staticDir, "index.json"), "utf8"),
  );
  return new Set(
    Object.values(index.entries)
      .filter((entry) => entry.type === "story")
      .map((entry) => entry.id),
  );
}

function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => `axe: [${violation.impact ?? "?"}] ${violation.id}: ${violation.help}`)
    .join("\n");
}

async function shoot(page: Page, storyId: string, file: string): Promise<Shot> {
  const result = await renderStory(page, storyId);
  const problems = [...result.errors];
  if (result.violations === null) problems.push("the a11y addon made no report");
  else if (result.violations.length > 0) problems.push(describeViolations(result.violations));
  if (result.status !== "success") problems.push(`the story finished with "${result.status}"`);
  await page.evaluate(() => document.fonts.ready.then(() => true));
  // The story's own box: a small component's difference is a share of the component, not of an
  // empty page around it.
  await page
    .locator("#storybook-root")
    .screenshot({ path: file, animations: "disabled", caret: "hide" });
  return { file, problems };
}

/** Every (viewport, theme) the tasks need, each with the tasks that need it. */
function viewsOf(tasks: readonly ChangeTask[]) {
  const views = new Map<
    string,
    { viewport: ChangeTask["viewport"]; theme: Theme; tasks: ChangeTask[] }
  >();
  for (const task of tasks) {
    for (const theme of task.themes) {
      const key = `${task.viewport.width}x${task.viewport.height}|${theme}`;
      const view = views.get(key) ?? { viewport: task.viewport, theme, tasks: [] };
      view.tasks.push(task);
      views.set(key, view);
    }
  }
  return [...views.values()];
}

export async function checkStoryParity(options: StoryParityOptions): Promise<CheckOutcome[]> {
  const { browser, staticDir, tasks, outDir, log } = options;
  const known = storyIdsOf(staticDir);
  const shots = new Map<string, Shot>();
  for (const { viewport, theme, tasks: viewTasks } of viewsOf(tasks)) {
    for (const kit of changeKits) {
      log(`stories at ${viewport.width}×${viewport.height}, ${theme}, ${kit}`);
      const context = await staticStorybookContext(browser, staticDir, viewport);
      try {
        const page = await context.newPage();
        await openPreview(page, { kit, theme });
        for (const task of viewTasks) {
          for (const story of task.stories.filter((id) => known.has(id))) {
            const file = join(outDir, task.id, `${story}--${theme}--${kit}.png`);
            const shot = await shoot(page, story, file).catch(
              (error: unknown): Shot => ({ file: null, problems: [String(error)] }),
            );
            shots.set(shotKey(task.id, story, theme, kit), shot);
          }
        }
      } finally {
        await context.close();
      }
    }
  }
  return tasks.flatMap((task) =>
    task.themes.flatMap((theme) =>
      task.stories.map((story) => {
        const name = `${task.id}: ${story} looks the same in the three kits (${theme}, ${task.viewport.width}×${task.viewport.height})`;
        const subject = { name, step: "parity" as const, tasks: [task.id] };
        if (!known.has(story)) {
          return failed(subject, `The patched Storybook has no story ${story}`);
        }
        return compareKits(
          subject,
          (kit) => shots.get(shotKey(task.id, story, theme, kit)),
          (a, b) => join(outDir, task.id, `${story}--${theme}--${a}-vs-${b}.diff.png`),
        );
      }),
    ),
  );
}

function compareKits(
  subject: CheckSubject,
  shotOf: (kit: Kit) => Shot | undefined,
  diffFile: (a: Kit, b: Kit) => string,
): CheckOutcome {
  const problems = changeKits.flatMap((kit) =>
    (shotOf(kit)?.problems ?? ["not rendered"]).map((problem) => `${kit}: ${problem}`),
  );
  const findings: string[] = [];
  for (const [index, a] of changeKits.entries()) {
    for (const b of changeKits.slice(index + 1)) {
      const [fileA, fileB] = [shotOf(a)?.file, shotOf(b)?.file];
      if (!fileA || !fileB) continue;
      const diff = diffFile(a, b);
      const { differingShare, differingPixels, sizes } = compareScreenshots(fileA, fileB, diff);
      // A diff image is kept where there is something to see in it.
      if (differingPixels === 0) rmSync(diff);
      if (differingShare === null) {
        problems.push(`${a} is ${sizes.a}, ${b} is ${sizes.b}: the stories differ in size`);
      } else {
        const share = `${(differingShare * 100).toFixed(3)} %`;
        findings.push(`${a}–${b} ${differingPixels} px (${share})`);
        if (differingShare > maxDifferingShare) {
          problems.push(
            `${a} and ${b} differ in ${share} of the pixels, over the ${maxDifferingShare * 100} % budget (${diff})`,
          );
        }
      }
    }
  }
  const summary = `differing pixels: ${findings.join(", ") || "none compared"}`;
  return problems.length > 0
    ? failed(subject, [...problems, summary].join("\n"))
    : passed(subject, summary);
}
