// Components that show something: status, cards, stats, banners, empty and loading states,
// timelines, description lists, breadcrumbs, tooltips.
import type { ReactNode } from "react";

/** The tone of a status; never the only way it is told (badges always carry text). */
export const tones = ["neutral", "info", "success", "warning", "danger"] as const;
export type Tone = (typeof tones)[number];

export interface StatusBadgeProps {
  tone: Tone;
  /** The visible text, e.g. "In transit". */
  children: ReactNode;
}

export interface CardProps {
  /** Rendered as a heading at `headingLevel` (default 2). */
  title?: ReactNode;
  headingLevel?: 2 | 3;
  /** Right side of the card header: a link or button. */
  actions?: ReactNode;
  /** Optional description under the title. */
  description?: ReactNode;
  children: ReactNode;
  /** A landmark label when the card is a section of its own (renders <section aria-labelledby>). */
  id?: string;
  /** No inner padding: for a table or list that runs edge to edge. */
  flush?: boolean;
}

export interface StatProps {
  label: ReactNode;
  /** Already formatted (money, count). Rendered with tabular numerals. */
  value: ReactNode;
  /** A short line under the value (e.g. "Arrives Nov 18"). */
  hint?: ReactNode;
  /** data-stat attribute for tests. */
  name?: string;
}

export interface BannerProps {
  tone: Exclude<Tone, "neutral">;
  title: ReactNode;
  children?: ReactNode;
  /** A link or button on the banner. */
  action?: ReactNode;
}

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}

export interface SkeletonProps {
  /** Width as a CSS length or percentage; height follows the text line unless `height` given. */
  width?: string;
  height?: string;
  /** Renders `lines` stacked bars. */
  lines?: number;
  /** Accessible label of the busy region (only on the outermost skeleton of a region). */
  label?: string;
}

export interface TimelineItem {
  id: string;
  title: ReactNode;
  /** Formatted time, rendered inside <time dateTime>. */
  time: string;
  dateTime: string;
  tone: Tone;
  description?: ReactNode;
}

export interface TimelineProps {
  /** The list's accessible name. */
  label: string;
  items: TimelineItem[];
}

export interface DescriptionListItem {
  term: ReactNode;
  detail: ReactNode;
  /** Right-aligned tabular numerals (money, counts). */
  numeric?: boolean;
}

export interface DescriptionListProps {
  items: DescriptionListItem[];
  /** "stacked" puts terms above details (phones); "inline" side by side. */
  layout?: "inline" | "stacked";
}

export interface BreadcrumbItem {
  label: ReactNode;
  /** Absent for the current page. */
  href?: string;
}

export interface BreadcrumbsProps {
  items: BreadcrumbItem[];
}

export interface TooltipProps {
  /** The tooltip's text (also its accessible description). */
  content: ReactNode;
  /** One focusable element. */
  children: ReactNode;
  side?: "top" | "bottom" | "left" | "right";
}
