// A kit cannot silently lack a story: stories are written against the contract, so each one
// exists for every kit by construction, and this test fails when a component or screen of the
// contract has no story file. (That every kit then renders every story is the story tests' job:
// story-tests/ renders each one in each kit and theme.)
import type { Meta } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { contractComponents } from "../contract/components";
import { contractScreens } from "../contract/screens";

const storyFiles = import.meta.glob<Meta>("./**/*.stories.tsx", { eager: true, import: "default" });
const componentsWithStories = new Set(Object.values(storyFiles).map((meta) => meta.component));

describe("the stories cover the contract", () => {
  it.each(Object.entries(contractComponents))(
    "the component %s has stories",
    (_name, component) => {
      expect(componentsWithStories.has(component)).toBe(true);
    },
  );

  it.each(Object.entries(contractScreens))("the screen %s has stories", (_name, screen) => {
    expect(componentsWithStories.has(screen)).toBe(true);
  });
});
