// How thoroughly CI checks the change patches, per profile. `quick` fits the CI budget (about three
// minutes on two cores); `full` checks each package as its own tsconfig says and runs every touched
// package's own tests too.
import type { Profile } from "../../config/profiles";

export interface ChangeCheckSettings {
  /**
   * "combined": one TypeScript program over every touched package's files (the union of their
   * libs and ambient types), which checks the shared sources once instead of once per package;
   * "per-package": `tsc -p` on each touched package's own tsconfig.
   */
  typeCheck: "combined" | "per-package";
  /**
   * The touched packages whose Vitest suites run: all of them, or only those listed (2 to 6 s
   * each: the tokens' contrast in both themes and generated Tailwind theme, the contract's tests;
   * the floor's markup test and the Storybook's seeded fixtures take 30 s and more).
   */
  unitTests: "every-touched-package" | readonly string[];
}

export const changeCheckSettings: Record<Profile["name"], ChangeCheckSettings> = {
  quick: { typeCheck: "combined", unitTests: ["packages/tokens", "packages/ui-core"] },
  full: { typeCheck: "per-package", unitTests: "every-touched-package" },
};
