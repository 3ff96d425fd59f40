import type { StatProps } from "@payout-styles/ui-core";

// A description list of its own: the label is the term, the value and hint describe it.
export function Stat({ label, value, hint, name }: StatProps) {
  return (
    <dl data-stat={name}>
      <dt>{label}</dt>
      <dd>{value}</dd>
      {hint && <dd>{hint}</dd>}
    </dl>
  );
}
