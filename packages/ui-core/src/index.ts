// The dashboard's UI contract, server-safe part: component and screen props, labels, formatting
// and the pure behaviour every kit shares. Hooks and providers are in ./client.

export * from "./chart/chart-scale";
export * from "./components/actions";
export * from "./components/chart";
export * from "./components/component-labels";
export * from "./components/display";
export * from "./components/forms";
export * from "./components/overlays";
export * from "./components/shell";
export * from "./components/table";
export * from "./format/date";
export * from "./format/formatter";
export * from "./format/money";
export * from "./format/number";
export * from "./forms/submitted-value";
export type * from "./kit";
export * from "./navigation/search-params";
export * from "./preferences/preferences";
export * from "./screens/activity";
export * from "./screens/app-shell";
export * from "./screens/form-state";
export * from "./screens/instant-payout";
export * from "./screens/order-detail";
export * from "./screens/overview";
export * from "./screens/page-states";
export * from "./screens/payout-detail";
export * from "./screens/payout-status";
export * from "./screens/payouts";
export * from "./screens/seller-view";
export * from "./screens/settings";
export * from "./screens/sign-in";
export * from "./table/client-table";
