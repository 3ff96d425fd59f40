import type { DescriptionListProps } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";

const rowVariants = cva("py-3", {
  variants: {
    layout: {
      // Side by side from `sm` up: on a phone a long term and its detail do not fit one row.
      inline: "flex flex-col gap-1 sm:grid sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-4",
      stacked: "flex flex-col gap-1",
    },
  },
});

const detailVariants = cva("min-w-0 wrap-break-word text-fg", {
  variants: {
    numeric: { true: "tabular-nums", false: "" },
    layout: { inline: "", stacked: "" },
  },
  compoundVariants: [{ numeric: true, layout: "inline", className: "sm:text-right" }],
});

export function DescriptionList({ items, layout = "inline" }: DescriptionListProps) {
  return (
    <dl className="divide-y divide-border text-sm">
      {items.map((item, index) => (
        <div key={index} className={rowVariants({ layout })}>
          <dt className="text-fg-muted">{item.term}</dt>
          <dd className={detailVariants({ numeric: item.numeric ?? false, layout })}>
            {item.detail}
          </dd>
        </div>
      ))}
    </dl>
  );
}
