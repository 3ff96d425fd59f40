// What the stories share: a play function that runs once per kit on the page (one kit, or three
// side by side), and form actions that answer what the dashboard's server answered.
import type { FormAction, FormState } from "@payout-styles/ui-core";
import { fn, within } from "storybook/test";

type Canvas = ReturnType<typeof within>;

/** Runs `play` inside each kit's rendering, one after the other. */
export async function forEachKit(
  canvasElement: HTMLElement,
  play: (canvas: Canvas, kitElement: HTMLElement) => Promise<void>,
): Promise<void> {
  const renderings = Array.from(canvasElement.querySelectorAll<HTMLElement>("[data-kit]"));
  if (renderings.length === 0) throw new Error("No kit rendered the story.");
  for (const rendering of renderings) await play(within(rendering), rendering);
}

/** A form action (logged in the Actions panel) that answers `state`, as the server did. */
export function answering<Result = undefined>(state: FormState<Result>): FormAction<Result> {
  return fn(async () => state);
}

/** The URL a story's in-memory navigation is at (see StoryNavigation). */
export function storyLocation(kitElement: HTMLElement): string | null {
  return (
    kitElement.querySelector("[data-story-location]")?.getAttribute("data-story-location") ?? null
  );
}
