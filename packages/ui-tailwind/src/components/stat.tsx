import type { StatProps } from "@payout-styles/ui-core";

// A description list of its own: the label is the term, the value and hint describe it.
export function Stat({ label, value, hint, name }: StatProps) {
  return (
    <dl data-stat={name} className="flex min-w-0 flex-col gap-1">
      <dt className="text-sm font-medium text-fg-muted">{label}</dt>
      <dd className="text-2xl font-semibold tracking-tight text-fg tabular-nums">{value}</dd>
      {hint && <dd className="text-sm text-fg-muted">{hint}</dd>}
    </dl>
  );
}
