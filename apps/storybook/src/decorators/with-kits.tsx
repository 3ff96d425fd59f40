// Renders the story with the kit the toolbar picks, or once per kit side by side: each rendering
// gets its kit and its own in-memory navigation. Small components sit in columns; screens, which
// lay themselves out for the viewport's width, are stacked one under another.
import { GlobalStyle } from "@payout-styles/ui-styled";
import type { Decorator } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { KitProvider } from "../kits/kit-context";
import { type KitChoice, kitLabels, kitsFor } from "../kits/kits";
import { StoryNavigation } from "../navigation/story-navigation";

export type KitLayout = "columns" | "rows";

function isKitChoice(value: unknown): value is KitChoice {
  return value === "all" || (typeof value === "string" && Object.hasOwn(kitLabels, value));
}

export const withKits: Decorator = (Story, { globals, parameters }) => {
  const choice: KitChoice = isKitChoice(globals.kit) ? globals.kit : "tailwind";
  const location = typeof parameters.location === "string" ? parameters.location : null;
  const layout: KitLayout = parameters.kitLayout === "rows" ? "rows" : "columns";
  const renderings = kitsFor(choice).map((kit) => {
    const story: ReactNode = (
      <KitProvider kit={kit}>
        <StoryNavigation location={location}>
          <Story />
        </StoryNavigation>
      </KitProvider>
    );
    return { kit, story };
  });
  return (
    <>
      {/* styled-components' reset and theme variables, as the styled app's StyleRoot renders them;
          the other two kits' global styles are static CSS imported by preview.tsx. */}
      <GlobalStyle />
      {choice === "all" ? (
        <div className="sb-kits" data-layout={layout}>
          {renderings.map(({ kit, story }) => (
            <section
              key={kit.name}
              className="sb-kit"
              data-kit={kit.name}
              aria-label={kitLabels[kit.name]}
            >
              <p className="sb-kit-label" aria-hidden="true">
                {kitLabels[kit.name]}
              </p>
              {story}
            </section>
          ))}
        </div>
      ) : (
        renderings.map(({ kit, story }) => (
          <div key={kit.name} data-kit={kit.name}>
            {story}
          </div>
        ))
      )}
    </>
  );
};
