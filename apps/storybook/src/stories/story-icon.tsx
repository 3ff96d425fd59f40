import { type IconName, iconGlyphs, iconSvgAttributes } from "@payout-styles/ui-core";

/** One of ui-core's glyphs at 1em, for stories that pass an icon into a component. */
export function StoryIcon({ name }: { name: IconName }) {
  return (
    <svg {...iconSvgAttributes} aria-hidden="true" width="1em" height="1em">
      {iconGlyphs[name]}
    </svg>
  );
}
