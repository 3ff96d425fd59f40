import type { SkeletonProps } from "@payout-styles/ui-core";

// A bar's width and height are looks (the styled kits set them inline): the floor draws no bars.
export function Skeleton({ lines = 1, label }: SkeletonProps) {
  const bars = Array.from({ length: lines }, (_, index) => (
    <span key={index} aria-hidden="true">
      <span />
    </span>
  ));
  if (label === undefined) return <span>{bars}</span>;
  return (
    <span role="status" aria-label={label}>
      <span>{label}</span>
      {bars}
    </span>
  );
}
