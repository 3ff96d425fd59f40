// Every story of the static build, in this project's kit and theme: it renders, its play function
// passes, and axe (the a11y addon, WCAG 2.x A and AA rules) finds no violation at all, which is
// also what the addon's `test: "error"` marks as failed in the Storybook UI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import type { StoryTestOptions } from "./story-options";
import { type AxeViolation, openPreview, renderStory } from "./story-render";

interface IndexEntry {
  type: "story" | "docs";
  id: string;
  title: string;
  name: string;
}

const staticDir = join(import.meta.dirname, "..", "storybook-static");
const index: { entries: Record<string, IndexEntry> } = JSON.parse(
  readFileSync(join(staticDir, "index.json"), "utf8"),
);
const stories = Object.values(index.entries).filter((entry) => entry.type === "story");

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    - ${node.target.join(" ")}: ${node.failureSummary ?? ""}`);
      return [`  [${violation.impact}] ${violation.id}: ${violation.help}`, ...nodes].join("\n");
    })
    .join("\n");
}

// One preview per worker, its globals set once: each test then switches stories in it, as the
// Storybook UI does, instead of loading the whole preview again.
const test = base.extend<StoryTestOptions, { preview: Page }>({
  kit: ["tailwind", { option: true }],
  theme: ["light", { option: true }],
  preview: [
    async ({ browser }, use, workerInfo) => {
      const { kit, theme } = workerInfo.project.use as StoryTestOptions;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await openPreview(page, { kit, theme });
      await use(page);
      await page.close();
    },
    { scope: "worker" },
  ],
});

for (const story of stories) {
  test(`${story.title} › ${story.name}`, async ({ preview, kit, theme }) => {
    const result = await renderStory(preview, story.id);
    expect(result.errors, result.errors.join("\n\n")).toEqual([]);
    expect(result.violations, "the a11y addon made no report").not.toBeNull();
    const violations = result.violations ?? [];
    expect(violations, `axe found:\n${describeViolations(violations)}`).toEqual([]);
    expect(result.status).toBe("success");
    // The story rendered in this project's kit and theme, not the toolbar's defaults.
    await expect(preview.locator("#storybook-root [data-kit]").first()).toHaveAttribute(
      "data-kit",
      kit,
    );
    await expect(preview.locator("html")).toHaveAttribute("data-theme", theme);
  });
}
