// The bench command's arguments, validated: a mistyped profile, kit or dimension is refused with
// the list of what is known, before anything is built or served.
import { parseArgs } from "node:util";
import { type Profile, profileNamed } from "../config/profiles";
import type { Bundler } from "../config/targets";
import { type Dimension, dimensions } from "../results/schema";

export interface BenchArguments {
  profile: Profile;
  kits: string[] | undefined;
  bundler: Bundler;
  /** What to measure; every dimension by default (`bench:maint` asks for the last two). */
  dimensions: Dimension[];
  outDir: string | undefined;
  checkBudgets: boolean;
}

export const benchUsage = `Usage: bench [--profile quick|full] [--kits tailwind,vanilla,styled]
             [--bundler turbopack|webpack] [--dimensions ${dimensions.join(",")}]
             [--out DIR] [--check-budgets]`;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export function parseBenchArguments(argv: readonly string[]): BenchArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      profile: { type: "string", default: "quick" },
      kits: { type: "string" },
      bundler: { type: "string", default: "turbopack" },
      dimensions: { type: "string" },
      out: { type: "string" },
      "check-budgets": { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const bundler = values.bundler;
  if (bundler !== "turbopack" && bundler !== "webpack") {
    throw new Error(`Unknown bundler "${bundler}": turbopack or webpack`);
  }
  const wanted = list(values.dimensions) ?? [...dimensions];
  for (const dimension of wanted) {
    if (!(dimensions as readonly string[]).includes(dimension)) {
      throw new Error(`Unknown dimension "${dimension}"; known: ${dimensions.join(", ")}`);
    }
  }
  return {
    profile: profileNamed(values.profile ?? "quick"),
    kits: list(values.kits),
    bundler,
    dimensions: wanted as Dimension[],
    outDir: values.out,
    checkBudgets: values["check-budgets"] ?? false,
  };
}
