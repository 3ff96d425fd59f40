import type { SkeletonProps } from "@payout-styles/ui-core";

export function Skeleton({ width, height, lines = 1, label }: SkeletonProps) {
  const bars = Array.from({ length: lines }, (_, index) => {
    const isShortLastLine = lines > 1 && index === lines - 1 && width === undefined;
    return (
      // Without a height, a bar takes one text line and fills its middle, like the text it stands for.
      <span
        key={index}
        aria-hidden="true"
        className={height === undefined ? "block h-[1lh] py-[0.2lh]" : "block"}
        style={{ width: isShortLastLine ? "60%" : (width ?? "100%"), height }}
      >
        <span className="block h-full rounded-sm bg-skeleton motion-safe:animate-pulse" />
      </span>
    );
  });
  if (label === undefined) return <span className="block">{bars}</span>;
  return (
    <span role="status" aria-label={label} className="block">
      <span className="sr-only">{label}</span>
      {bars}
    </span>
  );
}
