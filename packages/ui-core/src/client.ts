// The dashboard's UI contract, client part: providers, hooks and the headless primitives (Radix UI)
// every kit styles. No "use client" here: Next refuses `export *` across a client boundary, and
// every module below carries the directive itself (or through Radix).

export * from "./filters/use-activity-filters";
export * from "./filters/use-amount-range-filter";
export * from "./filters/use-date-range-filter";
export * from "./filters/use-filter-panel-toggle";
export * from "./filters/use-payout-filters";
export * from "./filters/use-search-filter";
export * from "./flows/use-instant-payout-dialog";
export * from "./flows/use-instant-payout-flow";
export * from "./flows/use-retry-payout";
export * from "./forms/use-focus-first-invalid";
export * from "./forms/use-idempotent-form-action";
export * from "./idempotency/use-idempotency-key";
export * from "./navigation/navigation-context";
export * from "./preferences/preferences-sync";
export * from "./preferences/use-preferences";
export * from "./primitives/dialog";
export * from "./primitives/popover";
export * from "./primitives/toast";
export * from "./primitives/tooltip";
export * from "./table/use-client-table";
export * from "./url-state/use-filter-draft";
export * from "./url-state/use-search-param-state";
