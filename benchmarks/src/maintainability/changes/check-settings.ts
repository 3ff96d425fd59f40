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
   * The touched packages whose Vitest suites run: all of them, or only those listed (the tokens'
   * take 2 s: contrast of every pair in both themes, the generated Tailwind theme up to date).
   */
  unitTests: "every-touched-package" | readonly string[];
}

export const changeCheckSettings: Record<Profile["name"], ChangeCheckSettings> = {
  quick: { typeCheck: "combined", unitTests: ["packages/tokens"] },
  full: { typeCheck: "per-package", unitTests: "every-touched-package" },
};
