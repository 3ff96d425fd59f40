import { statusToneIcon, type TimelineProps, type Tone } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";
import { ToneIcon } from "./tone-icon";

const markerVariants = cva(
  "relative flex size-6 shrink-0 items-center justify-center rounded-full",
  {
    variants: {
      tone: {
        neutral: "bg-neutral-bg text-neutral-fg",
        info: "bg-info-bg text-info-fg",
        success: "bg-success-bg text-success-fg",
        warning: "bg-warning-bg text-warning-fg",
        danger: "bg-danger-bg text-danger-fg",
      } satisfies Record<Tone, string>,
    },
  },
);

export function Timeline({ label, items }: TimelineProps) {
  return (
    <ol aria-label={label} className="flex flex-col">
      {items.map((item, index) => {
        const isLast = index === items.length - 1;
        return (
          <li key={item.id} className="relative flex gap-3 pb-6 last:pb-0">
            {!isLast && (
              <span
                aria-hidden="true"
                className="absolute top-7 bottom-1 left-3 w-px bg-border-strong/40"
              />
            )}
            <span className={markerVariants({ tone: item.tone })}>
              {/* The icon repeats the tone in shape; the title says it in words. */}
              <ToneIcon name={statusToneIcon[item.tone]} className="size-3.5" />
            </span>
            <div className="flex min-w-0 flex-1 flex-col gap-0.5 pt-0.5">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
                <span className="text-sm font-medium text-fg">{item.title}</span>
                <time dateTime={item.dateTime} className="text-xs text-fg-muted tabular-nums">
                  {item.time}
                </time>
              </div>
              {item.description && <div className="text-sm text-fg-muted">{item.description}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
