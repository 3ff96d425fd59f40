// Renders one story in the open preview and reports how it went, from Storybook's own events: the
// same events its test runner and Vitest addon read. The play function runs as part of the
// render; the a11y addon's report (axe, run after the play function) comes with "storyFinished".
import type { Page } from "@playwright/test";

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface StoryRenderResult {
  status: "success" | "error" | "timeout";
  /** Render exceptions, play function failures, unhandled errors. */
  errors: string[];
  /** null when the a11y addon made no report (it does not run on a story that errored). */
  violations: AxeViolation[] | null;
}

/** Opens the preview once with the kit and theme as globals, as the toolbar would set them. */
export async function openPreview(page: Page, globals: Record<string, string>): Promise<void> {
  await page.goto("/iframe.html");
  await page.waitForFunction(() => {
    const preview = (window as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: unknown } })
      .__STORYBOOK_PREVIEW__;
    return Boolean(preview?.storyStoreValue);
  });
  await page.evaluate((updated) => {
    const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: StoryChannel })
      .__STORYBOOK_ADDONS_CHANNEL__;
    channel?.emit("updateGlobals", { globals: updated });
  }, globals);
}

interface StoryChannel {
  on(event: string, listener: (...args: never[]) => void): void;
  off(event: string, listener: (...args: never[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
}

export function renderStory(page: Page, storyId: string): Promise<StoryRenderResult> {
  return page.evaluate(
    (id) =>
      new Promise<StoryRenderResult>((resolve) => {
        const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: StoryChannel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) {
          resolve({ status: "error", errors: ["No Storybook channel"], violations: null });
          return;
        }
        const errors: string[] = [];
        const describe = (error: { message?: string; stack?: string }) =>
          error.stack ?? error.message ?? String(error);
        const listeners: Record<string, (...args: never[]) => void> = {
          storyThrewException: (error: { message?: string; stack?: string }) =>
            errors.push(`The story threw: ${describe(error)}`),
          playFunctionThrewException: (error: { message?: string; stack?: string }) =>
            errors.push(`The play function failed: ${describe(error)}`),
          unhandledErrorsWhilePlaying: (unhandled: { message?: string; stack?: string }[]) =>
            errors.push(...unhandled.map((error) => `Unhandled while playing: ${describe(error)}`)),
          storyErrored: ({ title, description }: { title: string; description: string }) =>
            errors.push(`The story errored: ${title}\n${description}`),
          storyMissing: () => {
            cleanup();
            resolve({ status: "error", errors: [`No story ${id}`], violations: null });
          },
          storyFinished: (finished: {
            storyId: string;
            status: "success" | "error";
            reporters: { type: string; result?: { violations?: AxeViolation[] } }[];
          }) => {
            if (finished.storyId !== id) return;
            cleanup();
            const a11y = finished.reporters.find((report) => report.type === "a11y");
            resolve({
              status: finished.status,
              errors,
              violations: a11y?.result?.violations ?? null,
            });
          },
        };
        const cleanup = () => {
          for (const [event, listener] of Object.entries(listeners)) channel.off(event, listener);
        };
        for (const [event, listener] of Object.entries(listeners)) channel.on(event, listener);
        channel.emit("setCurrentStory", { storyId: id, viewMode: "story" });
      }),
    storyId,
  );
}
