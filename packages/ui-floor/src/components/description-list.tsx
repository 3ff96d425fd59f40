import type { DescriptionListProps } from "@payout-styles/ui-core";

export function DescriptionList({ items }: DescriptionListProps) {
  return (
    <dl>
      {items.map((item, index) => (
        <div key={index}>
          <dt>{item.term}</dt>
          <dd>{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
