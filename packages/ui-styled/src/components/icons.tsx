// Small inline SVG icons (paths from Lucide, ISC licence): hand-copied rather than a dependency,
// because the kit needs about twenty of them and each is a line or two.
import type { ReactNode, SVGProps } from "react";
import styled from "styled-components";

export type IconProps = Omit<SVGProps<SVGSVGElement>, "children">;

// The default size sits at zero specificity, so a caller's styled(Icon) size always wins,
// whichever of the two inline <style> tags comes first in a server-rendered page.
const IconSvg = styled.svg.attrs({
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": "true",
  focusable: "false",
})`
  :where(&) {
    width: 1rem;
    height: 1rem;
    flex-shrink: 0;
  }
`;

function createIcon(displayName: string, paths: ReactNode) {
  function Icon(props: IconProps) {
    return <IconSvg {...props}>{paths}</IconSvg>;
  }
  Icon.displayName = displayName;
  return Icon;
}

export const ChevronDown = createIcon("ChevronDown", <path d="m6 9 6 6 6-6" />);
export const ChevronLeft = createIcon("ChevronLeft", <path d="m15 18-6-6 6-6" />);
export const ChevronRight = createIcon("ChevronRight", <path d="m9 18 6-6-6-6" />);
export const ArrowUp = createIcon(
  "ArrowUp",
  <>
    <path d="m5 12 7-7 7 7" />
    <path d="M12 19V5" />
  </>,
);
export const ArrowDown = createIcon(
  "ArrowDown",
  <>
    <path d="M12 5v14" />
    <path d="m19 12-7 7-7-7" />
  </>,
);
export const Search = createIcon(
  "Search",
  <>
    <circle cx="11" cy="11" r="8" />
    <path d="m21 21-4.3-4.3" />
  </>,
);
export const Check = createIcon("Check", <path d="M20 6 9 17l-5-5" />);
export const X = createIcon(
  "X",
  <>
    <path d="M18 6 6 18" />
    <path d="m6 6 12 12" />
  </>,
);
export const Sun = createIcon(
  "Sun",
  <>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2" />
    <path d="M12 20v2" />
    <path d="m4.93 4.93 1.41 1.41" />
    <path d="m17.66 17.66 1.41 1.41" />
    <path d="M2 12h2" />
    <path d="M20 12h2" />
    <path d="m6.34 17.66-1.41 1.41" />
    <path d="m19.07 4.93-1.41 1.41" />
  </>,
);
export const Moon = createIcon("Moon", <path d="M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9Z" />);
export const Monitor = createIcon(
  "Monitor",
  <>
    <rect width="20" height="14" x="2" y="3" rx="2" />
    <path d="M8 21h8" />
    <path d="M12 17v4" />
  </>,
);
export const Download = createIcon(
  "Download",
  <>
    <path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4" />
    <path d="m7 10 5 5 5-5" />
    <path d="M12 15V3" />
  </>,
);
export const AlertTriangle = createIcon(
  "AlertTriangle",
  <>
    <path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3" />
    <path d="M12 9v4" />
    <path d="M12 17h.01" />
  </>,
);
export const Info = createIcon(
  "Info",
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="M12 16v-4" />
    <path d="M12 8h.01" />
  </>,
);
export const CheckCircle = createIcon(
  "CheckCircle",
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="m9 12 2 2 4-4" />
  </>,
);
export const XCircle = createIcon(
  "XCircle",
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="m15 9-6 6" />
    <path d="m9 9 6 6" />
  </>,
);
export const MinusCircle = createIcon(
  "MinusCircle",
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="M8 12h8" />
  </>,
);
export const Clock = createIcon(
  "Clock",
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="M12 6v6l4 2" />
  </>,
);
export const Menu = createIcon(
  "Menu",
  <>
    <path d="M4 6h16" />
    <path d="M4 12h16" />
    <path d="M4 18h16" />
  </>,
);
export const LogOut = createIcon(
  "LogOut",
  <>
    <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" />
    <path d="m16 17 5-5-5-5" />
    <path d="M21 12H9" />
  </>,
);
export const DensityComfortable = createIcon(
  "DensityComfortable",
  <>
    <rect width="18" height="18" x="3" y="3" rx="2" />
    <path d="M21 9H3" />
    <path d="M21 15H3" />
  </>,
);
export const DensityCompact = createIcon(
  "DensityCompact",
  <>
    <rect width="18" height="18" x="3" y="3" rx="2" />
    <path d="M21 7.5H3" />
    <path d="M21 12H3" />
    <path d="M21 16.5H3" />
  </>,
);
export const Spinner = createIcon("Spinner", <path d="M21 12a9 9 0 1 1-6.219-8.56" />);
