// What a kit is: every component and screen of the contract, by name. Each kit exports one object
// that `satisfies Kit`, so a kit missing a component, or taking other props, fails to type-check;
// Storybook renders every kit through it.
import type { ComponentType, ReactNode } from "react";
import type {
  ButtonLinkProps,
  ButtonProps,
  IconButtonProps,
  LinkProps,
} from "./components/actions";
import type { BarChartProps } from "./components/chart";
import type {
  BannerProps,
  BreadcrumbsProps,
  CardProps,
  DescriptionListProps,
  EmptyStateProps,
  SkeletonProps,
  StatProps,
  StatusBadgeProps,
  TimelineProps,
  TooltipProps,
} from "./components/display";
import type {
  CheckboxProps,
  DateRangeInputProps,
  FieldProps,
  MultiSelectFilterProps,
  RadioGroupProps,
  SearchInputProps,
  SelectProps,
  TextInputProps,
} from "./components/forms";
import type { DialogProps, ToastRegionProps } from "./components/overlays";
import type { AppShellProps, PageHeaderProps } from "./components/shell";
import type { DataTableProps, PaginationProps, TableSkeletonProps } from "./components/table";
import type { ActivityScreenProps } from "./screens/activity";
import type { InstantPayoutDialogProps } from "./screens/instant-payout";
import type { OrderDetailScreenProps } from "./screens/order-detail";
import type { OverviewScreenProps } from "./screens/overview";
import type {
  ErrorScreenProps,
  InvalidParamsScreenProps,
  PageStateProps,
} from "./screens/page-states";
import type { PayoutDetailScreenProps } from "./screens/payout-detail";
import type { PayoutsScreenProps } from "./screens/payouts";
import type { SettingsScreenProps } from "./screens/settings";
import type { SignInScreenProps } from "./screens/sign-in";

type Component<Props> = ComponentType<Props>;

export interface KitComponents {
  AppShell: Component<AppShellProps>;
  Banner: Component<BannerProps>;
  BarChart: Component<BarChartProps>;
  Breadcrumbs: Component<BreadcrumbsProps>;
  Button: Component<ButtonProps>;
  ButtonLink: Component<ButtonLinkProps>;
  Card: Component<CardProps>;
  Checkbox: Component<CheckboxProps>;
  DataTable: <Row>(props: DataTableProps<Row>) => ReactNode;
  DateRangeInput: Component<DateRangeInputProps>;
  DensityToggle: Component<object>;
  DescriptionList: Component<DescriptionListProps>;
  Dialog: Component<DialogProps>;
  EmptyState: Component<EmptyStateProps>;
  Field: Component<FieldProps>;
  IconButton: Component<IconButtonProps>;
  Link: Component<LinkProps>;
  MultiSelectFilter: Component<MultiSelectFilterProps>;
  PageHeader: Component<PageHeaderProps>;
  Pagination: Component<PaginationProps>;
  RadioGroup: Component<RadioGroupProps>;
  SearchInput: Component<SearchInputProps>;
  Select: Component<SelectProps>;
  Skeleton: Component<SkeletonProps>;
  Stat: Component<StatProps>;
  StatusBadge: Component<StatusBadgeProps>;
  TableSkeleton: Component<TableSkeletonProps>;
  TextInput: Component<TextInputProps>;
  ThemeToggle: Component<object>;
  Timeline: Component<TimelineProps>;
  ToastRegion: Component<ToastRegionProps>;
  Tooltip: Component<TooltipProps>;
}

export interface KitScreens {
  ActivityLoading: Component<object>;
  ActivityScreen: Component<ActivityScreenProps>;
  DetailLoading: Component<object>;
  ErrorScreen: Component<ErrorScreenProps>;
  InstantPayoutDialog: Component<InstantPayoutDialogProps>;
  InvalidParamsScreen: Component<InvalidParamsScreenProps>;
  NotFoundScreen: Component<PageStateProps>;
  OrderDetailScreen: Component<OrderDetailScreenProps>;
  OverviewLoading: Component<object>;
  OverviewScreen: Component<OverviewScreenProps>;
  PayoutDetailScreen: Component<PayoutDetailScreenProps>;
  PayoutsLoading: Component<object>;
  PayoutsScreen: Component<PayoutsScreenProps>;
  SettingsScreen: Component<SettingsScreenProps>;
  SignInScreen: Component<SignInScreenProps>;
}

export interface Kit {
  name: "tailwind" | "vanilla" | "styled" | "floor";
  components: KitComponents;
  screens: KitScreens;
}

// Every name once, so a kit is put together from its package's exports; `satisfies` keeps these
// lists and the interfaces above the same (a missing or extra name fails to type-check).
const componentNames = Object.keys({
  AppShell: true,
  Banner: true,
  BarChart: true,
  Breadcrumbs: true,
  Button: true,
  ButtonLink: true,
  Card: true,
  Checkbox: true,
  DataTable: true,
  DateRangeInput: true,
  DensityToggle: true,
  DescriptionList: true,
  Dialog: true,
  EmptyState: true,
  Field: true,
  IconButton: true,
  Link: true,
  MultiSelectFilter: true,
  PageHeader: true,
  Pagination: true,
  RadioGroup: true,
  SearchInput: true,
  Select: true,
  Skeleton: true,
  Stat: true,
  StatusBadge: true,
  TableSkeleton: true,
  TextInput: true,
  ThemeToggle: true,
  Timeline: true,
  ToastRegion: true,
  Tooltip: true,
} satisfies Record<keyof KitComponents, true>) as (keyof KitComponents)[];

const screenNames = Object.keys({
  ActivityLoading: true,
  ActivityScreen: true,
  DetailLoading: true,
  ErrorScreen: true,
  InstantPayoutDialog: true,
  InvalidParamsScreen: true,
  NotFoundScreen: true,
  OrderDetailScreen: true,
  OverviewLoading: true,
  OverviewScreen: true,
  PayoutDetailScreen: true,
  PayoutsLoading: true,
  PayoutsScreen: true,
  SettingsScreen: true,
  SignInScreen: true,
} satisfies Record<keyof KitScreens, true>) as (keyof KitScreens)[];

function pick<Names extends string>(exports: object, names: readonly Names[]) {
  return Object.fromEntries(names.map((name) => [name, exports[name as keyof typeof exports]]));
}

/**
 * A kit as one object, from its package's exports: the parameter's type proves the package
 * implements every component and screen of the contract with the contract's props.
 */
export function defineKit<Name extends Kit["name"]>(
  name: Name,
  exports: KitComponents & KitScreens,
): Kit & { name: Name } {
  return {
    name,
    components: pick(exports, componentNames) as unknown as KitComponents,
    screens: pick(exports, screenNames) as unknown as KitScreens,
  };
}
