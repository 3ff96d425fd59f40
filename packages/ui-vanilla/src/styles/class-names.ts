/** Joins the class names that are set; no merging is needed, no two classes here conflict. */
export function classNames(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
