// The pages shown instead of a screen: not found, an error with "try again", a URL whose
// parameters cannot be read, and the loading skeletons shown during server navigation.

export const notFoundLabels = {
  title: "Page not found",
  description:
    "There is nothing at this address, or it belongs to another account. Check the link, or start again from the overview.",
  backToOverview: "Back to Overview",
  overviewHref: "/",
} as const;

export const errorLabels = {
  title: "Something went wrong",
  description:
    "This page could not be loaded. Nothing you saved is lost; try again, and if it keeps happening, come back in a few minutes.",
  tryAgain: "Try again",
} as const;

/** A page state shown outside the app shell (the root boundaries) is its own main landmark. */
export interface PageStateProps {
  standalone?: boolean;
}

export interface ErrorScreenProps extends PageStateProps {
  /** Loads the failed part of the page again. */
  retry: () => void;
}

export const invalidParamsLabels = {
  heading: "This link's filters cannot be read",
  description:
    "Some parameters in the address are not valid, so the page cannot show what they ask for:",
  issuesLabel: "Invalid parameters",
  resetFilters: "Reset filters",
} as const;

export const loadingLabels = {
  loading: "Loading…",
} as const;

/** A URL parameter the server refused (field = the URL key, e.g. "pageSize"). */
export interface InvalidParamIssue {
  field: string;
  message: string;
}

export interface InvalidParamsScreenProps {
  /** The screen's title, e.g. "Payouts": the page keeps its heading. */
  title: string;
  issues: InvalidParamIssue[];
  /** The screen without any parameter. */
  resetHref: string;
}
