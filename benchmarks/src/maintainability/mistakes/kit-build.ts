// The build stage: the kit's package built by Vite with the kit's official plugin, which runs the
// compiler its Next.js plugin runs (Tailwind's `@tailwindcss/vite` ~ `@tailwindcss/postcss`,
// `@vanilla-extract/vite-plugin` ~ `@vanilla-extract/next-plugin`; styled-components compiles
// nothing, so its build is the bundling alone). Seconds where `next build` of the app takes a
// minute; `next-build.ts` checks, on the full profile, that both agree on every mistake.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { KitId } from "../../results/schema";
import type { StageVerdict } from "./first-catch";
import { buildErrorMessage } from "./messages";

const entryId = "\0payout-styles:kit-entry";

/** Every entry point the kit's package exports, as one module: its consumers' view of it. */
function kitEntryCode(kitDir: string): string {
  const manifest = JSON.parse(readFileSync(join(kitDir, "package.json"), "utf8")) as {
    exports: Record<string, string>;
  };
  return Object.values(manifest.exports)
    .map((target, index) => {
      const path = JSON.stringify(join(kitDir, target));
      return target.endsWith(".css")
        ? `import ${path};`
        : `export * as entry${index} from ${path};`;
    })
    .join("\n");
}

async function kitPlugins(kit: KitId) {
  if (kit === "tailwind") return [(await import("@tailwindcss/vite")).default()];
  if (kit === "vanilla")
    return [(await import("@vanilla-extract/vite-plugin")).vanillaExtractPlugin()];
  return [];
}

/** A production build of the kit's package (nothing written); caught when the build fails. */
export async function buildKit(kitDir: string, kit: KitId): Promise<StageVerdict> {
  const { build } = await import("vite");
  const code = kitEntryCode(kitDir);
  try {
    await build({
      configFile: false,
      root: kitDir,
      logLevel: "silent",
      plugins: [
        {
          name: "payout-styles:kit-entry",
          resolveId: (id) => (id === entryId ? id : undefined),
          load: (id) => (id === entryId ? code : undefined),
        },
        ...(await kitPlugins(kit)),
      ],
      build: {
        write: false,
        lib: { entry: entryId, formats: ["es"], fileName: "kit" },
        rolldownOptions: {
          input: entryId,
          // The kit is built, not its dependencies: every bare import stays one.
          external: (id) => /^[^./\0]/.test(id),
          // "use client" at the top of a module: meaningful to Next, noise to a library build.
          onwarn: () => {},
        },
      },
    });
    return { caught: false };
  } catch (error) {
    return { caught: true, message: buildErrorMessage(error) };
  }
}
