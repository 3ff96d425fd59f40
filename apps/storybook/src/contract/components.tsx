// The contract's components, each rendered by the kit in context. Autodocs reads their props
// from ui-core's types through these declarations.
import type { DataTableProps, KitComponents } from "@payout-styles/ui-core";
import type { ReactNode } from "react";
import { contractComponent } from "./contract-component";

export const AppShell = contractComponent("AppShell");
export const Banner = contractComponent("Banner");
export const BarChart = contractComponent("BarChart");
export const Breadcrumbs = contractComponent("Breadcrumbs");
export const Button = contractComponent("Button");
export const ButtonLink = contractComponent("ButtonLink");
export const Card = contractComponent("Card");
export const Checkbox = contractComponent("Checkbox");
// Generic over its rows, like the contract's: a story types its columns by the rows it shows.
export const DataTable = contractComponent("DataTable") as <Row>(
  props: DataTableProps<Row>,
) => ReactNode;
export const DateRangeInput = contractComponent("DateRangeInput");
export const DensityToggle = contractComponent("DensityToggle");
export const DescriptionList = contractComponent("DescriptionList");
export const Dialog = contractComponent("Dialog");
export const EmptyState = contractComponent("EmptyState");
export const Field = contractComponent("Field");
export const IconButton = contractComponent("IconButton");
export const Link = contractComponent("Link");
export const MultiSelectFilter = contractComponent("MultiSelectFilter");
export const PageHeader = contractComponent("PageHeader");
export const Pagination = contractComponent("Pagination");
export const RadioGroup = contractComponent("RadioGroup");
export const SearchInput = contractComponent("SearchInput");
export const Select = contractComponent("Select");
export const Skeleton = contractComponent("Skeleton");
export const Stat = contractComponent("Stat");
export const StatusBadge = contractComponent("StatusBadge");
export const TableSkeleton = contractComponent("TableSkeleton");
export const TextInput = contractComponent("TextInput");
export const ThemeToggle = contractComponent("ThemeToggle");
export const Timeline = contractComponent("Timeline");
export const ToastRegion = contractComponent("ToastRegion");
export const Tooltip = contractComponent("Tooltip");

/** Every name of the contract's KitComponents, each once (the type check keeps it whole). */
export const contractComponents = {
  AppShell,
  Banner,
  BarChart,
  Breadcrumbs,
  Button,
  ButtonLink,
  Card,
  Checkbox,
  DataTable,
  DateRangeInput,
  DensityToggle,
  DescriptionList,
  Dialog,
  EmptyState,
  Field,
  IconButton,
  Link,
  MultiSelectFilter,
  PageHeader,
  Pagination,
  RadioGroup,
  SearchInput,
  Select,
  Skeleton,
  Stat,
  StatusBadge,
  TableSkeleton,
  TextInput,
  ThemeToggle,
  Timeline,
  ToastRegion,
  Tooltip,
} satisfies Record<keyof KitComponents, unknown>;
