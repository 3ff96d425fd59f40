// The contract's icons (ui-core's glyphs) as the other kits draw them, unsized and uncoloured.
import { type IconName, iconGlyphs, iconSvgAttributes } from "@payout-styles/ui-core";
import type { SVGProps } from "react";

export type IconProps = Omit<SVGProps<SVGSVGElement>, "children" | "className">;

function createIcon(name: IconName) {
  function Icon(props: IconProps) {
    return (
      // biome-ignore lint/a11y/noSvgWithoutTitle: decorative: iconSvgAttributes sets aria-hidden
      <svg {...iconSvgAttributes} {...props}>
        {iconGlyphs[name]}
      </svg>
    );
  }
  Icon.displayName = name;
  return Icon;
}

export const ChevronDown = createIcon("ChevronDown");
export const ChevronLeft = createIcon("ChevronLeft");
export const ChevronRight = createIcon("ChevronRight");
export const ArrowUp = createIcon("ArrowUp");
export const ArrowDown = createIcon("ArrowDown");
export const Search = createIcon("Search");
export const X = createIcon("X");
export const Sun = createIcon("Sun");
export const Moon = createIcon("Moon");
export const Monitor = createIcon("Monitor");
export const Download = createIcon("Download");
export const AlertTriangle = createIcon("AlertTriangle");
export const Info = createIcon("Info");
export const CheckCircle = createIcon("CheckCircle");
export const XCircle = createIcon("XCircle");
export const MinusCircle = createIcon("MinusCircle");
export const Clock = createIcon("Clock");
export const Menu = createIcon("Menu");
export const LogOut = createIcon("LogOut");
export const DensityComfortable = createIcon("DensityComfortable");
export const DensityCompact = createIcon("DensityCompact");
export const Spinner = createIcon("Spinner");
