// A case's condition, watched in the page: armed before the action, re-checked by a
// MutationObserver after each batch of DOM changes (so no script polls while the action is
// measured), and marked in the trace (`resultMark`, a User Timing mark) the moment it holds. The
// mark is where the interaction's result exists; the trace analysis ends the window at the frame
// painted after it.
import { loadingLabels } from "@payout-styles/ui-core";
import type { JSHandle, Page } from "playwright-core";
import type { Condition } from "../config/interaction-cases";

export const resultMark = "payout-bench:result";

/** What the page holds while a condition is armed. */
interface ConditionWatch {
  /** The condition held when it was armed: the action could prove nothing. */
  heldBefore: boolean;
  done: Promise<void>;
  shows(): string;
  stop(): void;
}

/**
 * Runs in the page, so it uses nothing from outside its body. Helpers are object methods: tsx's
 * esbuild names `const f = () => …` with an `__name` helper the page does not have (the page
 * function is wrapped with a stand-in anyway, see `evaluateInPage`).
 */
function watchCondition({
  condition,
  mark,
  loadingLabel,
}: {
  condition: Condition;
  mark: string;
  loadingLabel: string;
}) {
  const page = {
    table(caption: string): HTMLTableElement | undefined {
      return Array.from(document.querySelectorAll("table")).find(
        (table) => table.caption?.textContent?.trim() === caption,
      );
    },
    rowCount(table: HTMLTableElement): number {
      let count = 0;
      for (const body of table.tBodies) count += body.rows.length;
      return count;
    },
    /** The first body row without `text`; stops there, so a key typed on the way costs little. */
    rowWithout(table: HTMLTableElement, text: string): HTMLTableRowElement | undefined {
      for (const body of table.tBodies) {
        for (const row of body.rows) {
          if (!row.textContent?.toLowerCase().includes(text)) return row;
        }
      }
      return undefined;
    },
    /** Whether the condition holds, and what the page shows instead when it does not. */
    check(): { holds: boolean; shows: string } {
      if ("rows" in condition) {
        const table = page.table(condition.rows.table);
        if (!table) return { holds: false, shows: `no table "${condition.rows.table}"` };
        const count = page.rowCount(table);
        return { holds: count === condition.rows.count, shows: `${count} rows` };
      }
      if ("rowsMatching" in condition) {
        const table = page.table(condition.rowsMatching.table);
        if (!table) return { holds: false, shows: `no table "${condition.rowsMatching.table}"` };
        const text = condition.rowsMatching.text.toLowerCase();
        const other = page.rowWithout(table, text);
        const count = page.rowCount(table);
        const shows = other
          ? `${count} rows, one without "${text}": ${other.textContent?.trim().slice(0, 60)}`
          : `${count} rows, all with "${text}"`;
        return { holds: count > 0 && !other, shows };
      }
      if ("htmlAttribute" in condition) {
        const { name, value } = condition.htmlAttribute;
        const actual = document.documentElement.getAttribute(name);
        return { holds: actual === value, shows: `${name}="${actual}"` };
      }
      if ("sorted" in condition) {
        const { table: caption, column, direction } = condition.sorted;
        const table = page.table(caption);
        const header = table
          ? Array.from(table.querySelectorAll("thead th")).find((th) =>
              th.textContent?.trim().startsWith(column),
            )
          : undefined;
        if (!header) return { holds: false, shows: `no column "${column}" in "${caption}"` };
        const sort = header.getAttribute("aria-sort");
        return { holds: sort === direction, shows: `aria-sort="${sort}"` };
      }
      if ("dialog" in condition) {
        const dialog = document.querySelector('[role="dialog"], [role="alertdialog"]');
        const open = dialog !== null;
        return {
          holds: open === (condition.dialog === "open"),
          shows: open ? "a dialog" : "no dialog",
        };
      }
      const headings = Array.from(document.querySelectorAll("h1"), (h1) => h1.textContent?.trim());
      const loading = Array.from(document.querySelectorAll('[role="status"]')).some(
        (status) => status.getAttribute("aria-label") === loadingLabel,
      );
      return {
        holds: headings.includes(condition.heading) && !loading,
        shows:
          `h1 ${headings.map((text) => `"${text}"`).join(", ") || "none"}` +
          (loading ? `, still "${loadingLabel}"` : ""),
      };
    },
  };

  performance.clearMarks(mark);
  const heldBefore = page.check().holds;
  const observer = new MutationObserver(() => watch.settle());
  const watch = {
    heldBefore,
    resolve: undefined as (() => void) | undefined,
    done: undefined as Promise<void> | undefined,
    settle() {
      if (!page.check().holds) return;
      performance.mark(mark);
      observer.disconnect();
      watch.resolve?.();
    },
    shows() {
      return page.check().shows;
    },
    stop() {
      observer.disconnect();
    },
  };
  watch.done = new Promise<void>((resolve) => {
    watch.resolve = resolve;
  });
  if (heldBefore) {
    watch.resolve?.();
  } else {
    observer.observe(document.documentElement, {
      attributes: true,
      characterData: true,
      childList: true,
      subtree: true,
    });
  }
  return watch;
}

/**
 * `page.evaluateHandle(fn, arg)`, with a stand-in for the `__name` helper that tsx's esbuild
 * writes into functions (Playwright sends the function's source to the page, which lacks it).
 */
function evaluateInPage<Arg, Result>(
  page: Page,
  fn: (arg: Arg) => Result,
  arg: Arg,
): Promise<JSHandle<Result>> {
  const expression = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
  return page.evaluateHandle(expression) as Promise<JSHandle<Result>>;
}

/** A readable form of a condition, for messages. */
export function describeCondition(condition: Condition): string {
  if ("rows" in condition) {
    return `${condition.rows.count} rows in "${condition.rows.table}"`;
  }
  if ("rowsMatching" in condition) {
    return `only rows showing "${condition.rowsMatching.text}" in "${condition.rowsMatching.table}"`;
  }
  if ("htmlAttribute" in condition) {
    return `<html ${condition.htmlAttribute.name}="${condition.htmlAttribute.value}">`;
  }
  if ("sorted" in condition) {
    const { table, column, direction } = condition.sorted;
    return `"${table}" sorted by ${column}, ${direction}`;
  }
  if ("dialog" in condition) return `the dialog ${condition.dialog}`;
  return `the screen "${condition.heading}", loaded`;
}

export interface ArmedCondition {
  /** Resolves once the page shows the condition; throws, saying what it shows, after `timeoutMs`. */
  reached(timeoutMs: number): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Arms the condition in the page. With `mustChange` (a measured action, an undo), a condition that
 * already holds is refused: the action would prove nothing. A setup phase may find its state
 * already there.
 */
export async function armCondition(
  page: Page,
  condition: Condition,
  { mustChange }: { mustChange: boolean },
): Promise<ArmedCondition> {
  const watch = (await evaluateInPage(page, watchCondition, {
    condition,
    mark: resultMark,
    loadingLabel: loadingLabels.loading,
  })) as unknown as JSHandle<ConditionWatch>;
  const { heldBefore, shows } = await watch.evaluate((armed) => ({
    heldBefore: armed.heldBefore,
    shows: armed.shows(),
  }));
  if (heldBefore && mustChange) {
    await watch.dispose();
    throw new Error(
      `${describeCondition(condition)} already holds before the action (the page shows ${shows}): ` +
        "the previous undo did not undo, or the case is wrong",
    );
  }
  return {
    async reached(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timed out">((resolve) => {
        timer = setTimeout(resolve, timeoutMs, "timed out");
      });
      const outcome = await Promise.race([watch.evaluate((armed) => armed.done), timedOut]);
      clearTimeout(timer);
      if (outcome === "timed out") {
        const now = await watch.evaluate((armed) => {
          armed.stop();
          return armed.shows();
        });
        throw new Error(
          `the page did not reach ${describeCondition(condition)} within ${timeoutMs / 1000} s: it shows ${now}`,
        );
      }
    },
    async dispose() {
      await watch.evaluate((armed) => armed.stop()).catch(() => undefined);
      await watch.dispose();
    },
  };
}
