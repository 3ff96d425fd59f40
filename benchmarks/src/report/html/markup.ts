// Markup built with a tagged template that escapes every value put into it, so no label, reason or
// note from a results file can open a tag: text is escaped unless it is already markup. Written by
// hand because it is a dozen lines; a template engine would bring its own syntax for no gain.

/** A piece of markup that is already safe to put into the page as it is. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

type Value = Markup | string | number | false | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === false || value === null || value === undefined) return "";
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** html`<p>${text}</p>`: strings and numbers escaped, Markup kept, lists joined, nothing for false/null/undefined. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(
    strings.reduce(
      (out, string, index) =>
        out + string + (index < values.length ? render(values[index] as Value) : ""),
      "",
    ),
  );
}

/** Markup made elsewhere and known to be safe (the style sheet). */
export const trusted = (text: string) => new Markup(text);
