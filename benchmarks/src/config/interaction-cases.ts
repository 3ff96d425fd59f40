// The interaction cases, as data (js-framework-benchmark's habit): where each starts, what the
// measured action is, what the page must show when it is done, how the state is put back for
// the next run, and the CPU throttling it runs under. The runner (measure/interactions) reads
// these; no case is a code path of its own.
import {
  appShellLabels,
  instantPayoutLabels,
  overviewLabels,
  payoutDetailLabels,
  payoutsLabels,
  preferenceLabels,
} from "@payout-styles/ui-core";
import { type BenchRoute, benchPayout } from "./routes";

/** An element as a user finds it: by role and accessible name. */
export interface ElementRef {
  role: "button" | "link" | "radio" | "searchbox";
  name: string;
  /** The name is matched as a prefix (e.g. "Show all 1,004"). */
  prefix?: boolean;
  /** Inside the table with this caption (a column's sort button) or the navigation so named. */
  within?: { table: string } | { navigation: string };
}

export type Step =
  | { click: ElementRef }
  /** Typed key by key, as a person types. */
  | { type: ElementRef; text: string }
  /** Select all and one Backspace. */
  | { clear: ElementRef }
  | { press: "Escape" };

/** What the page shows once an action is done: checked in the page as the DOM changes. */
export type Condition =
  | { rows: { table: string; count: number } }
  /**
   * At least one row, and every row shows `text` (case-insensitive): the rows of a finished
   * filter, not of a key typed on the way to it.
   */
  | { rowsMatching: { table: string; text: string } }
  | { htmlAttribute: { name: "data-theme" | "data-density"; value: string } }
  | { sorted: { table: string; column: string; direction: "ascending" | "descending" } }
  | { dialog: "open" | "closed" }
  /** The screen with this h1 has loaded: its loading skeleton, which shows the same h1, is gone. */
  | { heading: string };

export interface Phase {
  steps: readonly Step[];
  until: Condition;
}

export interface InteractionCase {
  id: string;
  label: string;
  route: BenchRoute["id"];
  /** Chrome's CPU throttling rate during the measured action (1: none). */
  cpuThrottling: number;
  /** Untimed, once after the page loads. */
  setup: readonly Phase[];
  /** Timed. */
  action: Phase;
  /** Untimed: back to the state the action starts from, for the next run. */
  undo: Phase;
}

const transactions = payoutDetailLabels.transactionsCaption;
const allRows = benchPayout.transactionCount;
const collapsedRows = 50;
const filterBox: ElementRef = { role: "searchbox", name: payoutDetailLabels.filterTransactions };
// A sale's order id is "ord_" and 14 characters of a 32-letter alphabet: one more character
// narrows the 1,004 rows to a few dozen (35 for "0" in the seeded payout).
const filterText = "ord_0";
const netSort: ElementRef = {
  role: "button",
  name: payoutDetailLabels.transactionColumns.net,
  prefix: true,
  within: { table: transactions },
};
/** "Show all" under the payout's transactions, done when every one of them is a row. */
export const showAllTransactions: Phase = {
  steps: [{ click: { role: "button", name: "Show all", prefix: true } }],
  until: { rows: { table: transactions, count: allRows } },
};
const filtered: Phase = {
  steps: [{ type: filterBox, text: filterText }],
  until: { rowsMatching: { table: transactions, text: filterText } },
};
const unfiltered: Phase = {
  steps: [{ clear: filterBox }],
  until: { rows: { table: transactions, count: allRows } },
};
const sortedBy = (direction: "ascending" | "descending"): Phase => ({
  steps: [{ click: netSort }],
  until: {
    sorted: { table: transactions, column: payoutDetailLabels.transactionColumns.net, direction },
  },
});
const navLink = (name: string): ElementRef => ({
  role: "link",
  name,
  within: { navigation: appShellLabels.primaryNav },
});
const preference = (name: "data-theme" | "data-density", label: string, value: string): Phase => ({
  steps: [{ click: { role: "radio", name: label } }],
  until: { htmlAttribute: { name, value } },
});

export const interactionCases: readonly InteractionCase[] = [
  {
    id: "show-rows",
    label: `Show all ${allRows.toLocaleString("en-US")} rows`,
    route: "payout-detail",
    cpuThrottling: 1,
    setup: [],
    action: showAllTransactions,
    undo: {
      steps: [{ click: { role: "button", name: payoutDetailLabels.showFewer } }],
      until: { rows: { table: transactions, count: collapsedRows } },
    },
  },
  {
    id: "sort-by-amount",
    label: `Sort ${allRows.toLocaleString("en-US")} rows by net amount`,
    route: "payout-detail",
    cpuThrottling: 1,
    // The first click sorts descending, the second ascending: each run goes ascending → descending.
    setup: [showAllTransactions, sortedBy("descending"), sortedBy("ascending")],
    action: sortedBy("descending"),
    undo: sortedBy("ascending"),
  },
  {
    id: "filter-typing",
    label: `Filter ${allRows.toLocaleString("en-US")} rows by typing "${filterText}"`,
    route: "payout-detail",
    cpuThrottling: 4,
    setup: [showAllTransactions],
    action: filtered,
    undo: unfiltered,
  },
  {
    id: "clear-filter",
    label: "Clear the filter (back to every row)",
    route: "payout-detail",
    cpuThrottling: 4,
    setup: [showAllTransactions, filtered],
    action: unfiltered,
    undo: filtered,
  },
  {
    id: "toggle-theme",
    label: `Dark theme on, with ${allRows.toLocaleString("en-US")} rows shown`,
    route: "payout-detail",
    cpuThrottling: 1,
    setup: [showAllTransactions, preference("data-theme", preferenceLabels.themes.light, "light")],
    action: preference("data-theme", preferenceLabels.themes.dark, "dark"),
    undo: preference("data-theme", preferenceLabels.themes.light, "light"),
  },
  {
    id: "toggle-density",
    label: `Compact density on, with ${allRows.toLocaleString("en-US")} rows shown`,
    route: "payout-detail",
    cpuThrottling: 1,
    setup: [showAllTransactions],
    action: preference("data-density", preferenceLabels.densities.compact, "compact"),
    undo: preference("data-density", preferenceLabels.densities.comfortable, "comfortable"),
  },
  {
    id: "open-dialog",
    label: "Open the instant-payout dialog",
    route: "overview",
    cpuThrottling: 4,
    setup: [],
    action: {
      steps: [{ click: { role: "button", name: instantPayoutLabels.trigger } }],
      until: { dialog: "open" },
    },
    undo: { steps: [{ press: "Escape" }], until: { dialog: "closed" } },
  },
  {
    id: "close-dialog",
    label: "Close the instant-payout dialog (Escape)",
    route: "overview",
    cpuThrottling: 4,
    setup: [
      {
        steps: [{ click: { role: "button", name: instantPayoutLabels.trigger } }],
        until: { dialog: "open" },
      },
    ],
    action: { steps: [{ press: "Escape" }], until: { dialog: "closed" } },
    undo: {
      steps: [{ click: { role: "button", name: instantPayoutLabels.trigger } }],
      until: { dialog: "open" },
    },
  },
  {
    id: "navigate",
    label: "Client navigation, overview → payouts",
    route: "overview",
    cpuThrottling: 4,
    setup: [],
    action: {
      steps: [{ click: navLink(payoutsLabels.title) }],
      until: { heading: payoutsLabels.title },
    },
    undo: {
      steps: [{ click: navLink(overviewLabels.title) }],
      until: { heading: overviewLabels.title },
    },
  },
];
