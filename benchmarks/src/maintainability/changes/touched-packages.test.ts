import { expect, it } from "vitest";
import { touchedPackages } from "./touched-packages";

const packages = new Set(["packages/ui-core", "apps/storybook", "tooling/floor-markup"]);
const isPackage = (dir: string) => packages.has(dir);

it("gives each changed file's nearest package, once, and none for a file at the root", () => {
  expect(
    touchedPackages(
      "/repo",
      [
        "packages/ui-core/src/components/display.ts",
        "packages/ui-core/src/kit.ts",
        "apps/storybook/src/stories/components/callout.stories.tsx",
        "tooling/floor-markup/src/components.test.tsx",
        "pnpm-lock.yaml",
      ],
      isPackage,
    ),
  ).toEqual(["apps/storybook", "packages/ui-core", "tooling/floor-markup"]);
});
