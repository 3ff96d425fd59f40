// Renders the same element with each kit on the server and expects the floor's HTML to be the
// Tailwind kit's without styling, one tag per line so a failure shows which element drifted.
import type { KitComponents, KitScreens } from "@payout-styles/ui-core";
import * as floor from "@payout-styles/ui-floor";
import * as tailwind from "@payout-styles/ui-tailwind";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, vi } from "vitest";
import { withoutStyling } from "./without-styling";

export type KitExports = KitComponents & KitScreens;

const oneTagPerLine = (html: string) => html.replaceAll("><", ">\n<");

// A form's idempotency key is random: each render gets the same (all-zero) one, so only the markup
// can differ.
function renderWithFixedKeys(node: ReactNode): string {
  const random = vi.spyOn(crypto, "getRandomValues").mockImplementation((array) => array);
  try {
    return renderToStaticMarkup(node);
  } finally {
    random.mockRestore();
  }
}

/** The floor's HTML, once it is known to be the Tailwind kit's without styling. */
export function expectFloorMarkup(render: (kit: KitExports) => ReactNode): string {
  const reference = withoutStyling(renderWithFixedKeys(render(tailwind)));
  const floorMarkup = renderWithFixedKeys(render(floor));
  expect(oneTagPerLine(floorMarkup)).toBe(oneTagPerLine(reference));
  return floorMarkup;
}
