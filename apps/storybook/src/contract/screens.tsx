// The contract's screens, each rendered by the kit in context.
import type { KitScreens } from "@payout-styles/ui-core";
import { contractComponent } from "./contract-component";

export const ActivityLoading = contractComponent("ActivityLoading");
export const ActivityScreen = contractComponent("ActivityScreen");
export const DetailLoading = contractComponent("DetailLoading");
export const ErrorScreen = contractComponent("ErrorScreen");
export const InstantPayoutDialog = contractComponent("InstantPayoutDialog");
export const InvalidParamsScreen = contractComponent("InvalidParamsScreen");
export const NotFoundScreen = contractComponent("NotFoundScreen");
export const OrderDetailScreen = contractComponent("OrderDetailScreen");
export const OverviewLoading = contractComponent("OverviewLoading");
export const OverviewScreen = contractComponent("OverviewScreen");
export const PayoutDetailScreen = contractComponent("PayoutDetailScreen");
export const PayoutsLoading = contractComponent("PayoutsLoading");
export const PayoutsScreen = contractComponent("PayoutsScreen");
export const SettingsScreen = contractComponent("SettingsScreen");
export const SignInScreen = contractComponent("SignInScreen");

/** Every name of the contract's KitScreens, each once (the type check keeps it whole). */
export const contractScreens = {
  ActivityLoading,
  ActivityScreen,
  DetailLoading,
  ErrorScreen,
  InstantPayoutDialog,
  InvalidParamsScreen,
  NotFoundScreen,
  OrderDetailScreen,
  OverviewLoading,
  OverviewScreen,
  PayoutDetailScreen,
  PayoutsLoading,
  PayoutsScreen,
  SettingsScreen,
  SignInScreen,
} satisfies Record<keyof KitScreens, unknown>;
