// The typical styling mistakes, each made in every kit the way that kit's users would make it, in
// component code that ships (the patches in benchmarks/maintainability/mistakes/<id>/<kit>.patch),
// with the first stage of the kit's toolchain expected to catch it: typecheck (tsc of the kit's
// package), lint (Biome with the repo's config on the changed files) or build (the kit's compiler).
import { type Mistake, parseMistakes } from "./manifest";

export const mistakes: readonly Mistake[] = parseMistakes([
  {
    id: "misspelled-token",
    title: "A misspelled token (card background)",
    kits: {
      tailwind: {
        looksLike: "`bg-surfce` for `bg-surface`",
        expected: "lint",
        why: "Tailwind drops an unknown class without a word; Biome's class sorter puts unknown classes first, so one in mid-list is out of order (a typo in the first class would pass).",
      },
      vanilla: {
        looksLike: "`vars.color.surfce`",
        expected: "typecheck",
        why: "The theme contract is typed from the token tree: an unknown key is a type error.",
      },
      styled: {
        looksLike: "`theme.color.surfce` in the template",
        expected: "typecheck",
        why: "The kit's theme is the typed token object: an unknown key is a type error.",
      },
    },
  },
  {
    id: "misspelled-global-token",
    title: "A misspelled token in the global page styles (body background)",
    kits: {
      tailwind: {
        looksLike: "`@apply bg-cnavas` in the kit's stylesheet",
        expected: "build",
        why: "Tailwind's compiler refuses an unknown class inside `@apply`; Biome does not check `@apply`.",
      },
      vanilla: {
        looksLike: "`vars.color.cnavas` in `globalStyle`",
        expected: "typecheck",
        why: "The theme contract is typed: an unknown key is a type error.",
      },
      styled: {
        looksLike: "`theme.color.cnavas` in `createGlobalStyle`",
        expected: "typecheck",
        why: "The kit's theme is typed: an unknown key is a type error.",
      },
    },
  },
  {
    id: "unknown-variant",
    title: "A variant that does not exist (dialog close button: `outline`)",
    kits: {
      tailwind: {
        looksLike: '`buttonVariants({ variant: "outline" })`',
        expected: "typecheck",
        why: "cva types the variant names from the map it is given.",
      },
      vanilla: {
        looksLike: '`button({ variant: "outline" })`',
        expected: "typecheck",
        why: "recipe() types the variant names from the map it is given.",
      },
      styled: {
        looksLike: '`.attrs({ $variant: "outline" })`',
        expected: "typecheck",
        why: "The transient `$variant` prop is typed with the contract's variant names.",
      },
    },
  },
  {
    id: "off-palette-colour",
    title: "A colour outside the palette (inline link)",
    kits: {
      tailwind: {
        looksLike: "`text-violet-700` for `text-link`",
        expected: "lint",
        why: "noTailwindRawColors flags a default-palette colour; the theme resets the palette, so Tailwind would emit nothing for it.",
      },
      vanilla: {
        looksLike: '`color: "#6d28d9"`',
        expected: "not caught",
        why: "Any string is a colour to vanilla-extract's CSS types.",
      },
      styled: {
        looksLike: "`color: #6d28d9;`",
        expected: "not caught",
        why: "The template is CSS text: any colour is valid.",
      },
    },
  },
  {
    id: "missing-unit",
    title: "A unit missing (navigation drawer's largest width)",
    kits: {
      tailwind: {
        looksLike: "`max-w-[85]` for `max-w-[85vw]`",
        expected: "not caught",
        why: "Tailwind reads a bare number there as pixels (`max-width: 85px`): valid CSS, the wrong width.",
      },
      vanilla: {
        looksLike: '`maxWidth: "85"`',
        expected: "not caught",
        why: "CSS types take any string; the browser drops `max-width: 85`.",
      },
      styled: {
        looksLike: "`max-width: 85;`",
        expected: "not caught",
        why: "The template is CSS text; the browser drops `max-width: 85`.",
      },
    },
  },
  {
    id: "class-name-typo",
    title: "A class name with a typo (card header)",
    kits: {
      tailwind: {
        looksLike: "`itmes-start` for `items-start`",
        expected: "lint",
        why: "Unknown to Tailwind, so out of Biome's class order when not first (as a misspelled token).",
      },
      vanilla: {
        looksLike: "`styles.tiltes` for `styles.titles`",
        expected: "typecheck",
        why: "A class is an export of the component's .css.ts module: a misspelled one does not exist.",
      },
      styled: {
        looksLike: "`CardHeadnig` for `CardHeading` (a JSX tag)",
        expected: "typecheck",
        why: "There are no class names to type: a style is a component, and a misspelled name is undeclared.",
      },
    },
  },
  {
    id: "dark-mode-forgotten",
    title: "A dark-mode colour forgotten (segmented control track)",
    kits: {
      tailwind: {
        looksLike: "`bg-[#f9fafb]`, the light value, for `bg-surface-muted`",
        expected: "not caught",
        why: "An arbitrary colour is valid and noTailwindRawColors does not check arbitrary values; only the tokens' variables switch with the theme.",
      },
      vanilla: {
        looksLike: '`backgroundColor: "#f9fafb"` for `vars.color.surfaceMuted`',
        expected: "not caught",
        why: "A literal is valid CSS; only the theme's variables switch with the theme.",
      },
      styled: {
        looksLike: "`background-color: #f9fafb;` for `theme.color.surfaceMuted`",
        expected: "not caught",
        why: "A literal is valid CSS; only the theme's variables switch with the theme.",
      },
    },
  },
  {
    id: "prop-leaks-to-dom",
    title: "A prop passed to the DOM by accident (link variant)",
    kits: {
      tailwind: {
        looksLike: "`variant` left in the `...props` spread onto the anchor",
        expected: "not caught",
        why: "TypeScript does not check a JSX spread for extra properties, so `variant` reaches the `<a>`.",
      },
      vanilla: {
        looksLike: "`variant` left in the `...props` spread onto the anchor",
        expected: "not caught",
        why: "TypeScript does not check a JSX spread for extra properties, so `variant` reaches the `<a>`.",
      },
      styled: {
        looksLike: "`variant` for the transient `$variant` on a styled anchor",
        expected: "not caught",
        why: "styled-components 6 forwards every prop without a `$` to the element; nothing types or lints that.",
      },
    },
  },
  {
    id: "wrong-breakpoint",
    title: "A media query with the wrong breakpoint (overview payout cards)",
    kits: {
      tailwind: {
        looksLike: "`min-[700px]:grid-cols-2` for `md:grid-cols-2`",
        expected: "not caught",
        why: "Any width is a valid arbitrary variant; nothing ties it to the theme's breakpoints.",
      },
      vanilla: {
        looksLike: '`"(min-width: 700px)"` for `[media.md]`',
        expected: "not caught",
        why: "A media query is any string key.",
      },
      styled: {
        looksLike: "`@media (min-width: 700px)` for `media.md`",
        expected: "not caught",
        why: "The template is CSS text.",
      },
    },
  },
  {
    id: "misspelled-css-property",
    title: "A CSS property misspelled (status badge white-space)",
    kits: {
      tailwind: {
        looksLike: "`white-space-nowrap` for `whitespace-nowrap`",
        expected: "lint",
        why: "Not a utility, so unknown and out of Biome's class order; Tailwind drops it.",
      },
      vanilla: {
        looksLike: "`whitespace` for `whiteSpace`",
        expected: "typecheck",
        why: "Style objects are typed with csstype: an unknown property is an excess property.",
      },
      styled: {
        looksLike: "`whitespace: nowrap;`",
        expected: "not caught",
        why: "The template is CSS text: the property passes through and the browser ignores it.",
      },
    },
  },
  {
    id: "style-made-at-runtime",
    title: "A style made at run time instead of build time (chart bar colours)",
    kits: {
      tailwind: {
        looksLike: "`fill-chart-` joined to the series colour at render",
        expected: "not caught",
        why: "Tailwind's scanner sees only whole class names, so no fill is generated and the bars draw black.",
      },
      vanilla: {
        looksLike: "`styleVariants()` in the component's .tsx instead of its .css.ts",
        expected: "not caught",
        why: "Type-checks and bundles; throws when the module loads ('Styles were unable to be assigned to a file').",
      },
      styled: {
        looksLike: "`styled.rect` created inside the component's render",
        expected: "not caught",
        why: "Valid code: a new component every render (the bars remount; a warning in development only).",
      },
    },
  },
]);
