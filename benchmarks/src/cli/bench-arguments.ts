// The bench command's arguments, validated: a mistyped profile, kit or dimension is refused with
// the list of what is known, before anything is built or served.
import { parseArgs } from "node:util";
import { type Profile, profileNamed } from "../config/profiles";
import type { Bundler } from "../config/targets";
import { type Dimension, dimensions } from "../results/schema";

/** The dimensions `bench` measures; build and maintainability come from `bench:maint`. */
export const runtimeDimensions = ["bytes", "load", "interactions", "memory", "server"] as const;
export type RuntimeDimension = (typeof runtimeDimensions)[number];

export interface BenchArguments {
  profile: Profile;
  kits: string[] | undefined;
  bundler: Bundler;
  dimensions: RuntimeDimension[];
  outDir: string | undefined;
  checkBudgets: boolean;
}

export const benchUsage = `Usage: bench [--profile quick|full] [--kits tailwind,vanilla,styled]
             [--bundler turbopack|webpack] [--dimensions ${runtimeDimensions.join(",")}]
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
  const wanted = list(values.dimensions) ?? [...runtimeDimensions];
  for (const dimension of wanted) {
    if (!(runtimeDimensions as readonly string[]).includes(dimension)) {
      const note = (dimensions as readonly string[]).includes(dimension)
        ? ` (${dimension as Dimension} is measured by bench:maint)`
        : "";
      throw new Error(
        `Unknown dimension "${dimension}"${note}; known: ${runtimeDimensions.join(", ")}`,
      );
    }
  }
  return {
    profile: profileNamed(values.profile ?? "quick"),
    kits: list(values.kits),
    bundler,
    dimensions: wanted as RuntimeDimension[],
    outDir: values.out,
    checkBudgets: values["check-budgets"] ?? false,
  };
}
