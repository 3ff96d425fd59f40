import { describe, expect, it } from "vitest";
import { withoutStyling } from "./without-styling";

describe("withoutStyling", () => {
  it("drops every class attribute and keeps every other attribute and the text", () => {
    const html =
      '<section aria-labelledby="t" class="flex gap-3" data-tone="info"><h2 id="t" class="text-sm">class="x"</h2><svg class="size-4" viewBox="0 0 24 24"></svg></section>';
    expect(withoutStyling(html)).toBe(
      '<section aria-labelledby="t" data-tone="info"><h2 id="t">class="x"</h2><svg viewBox="0 0 24 24"></svg></section>',
    );
  });

  it("drops a skeleton bar's size and keeps any other inline style", () => {
    expect(
      withoutStyling(
        '<span aria-hidden="true" class="block" style="width:60%"><span class="h-full"></span></span>',
      ),
    ).toBe('<span aria-hidden="true"><span></span></span>');
    expect(withoutStyling('<rect style="height:40%"></rect>')).toBe(
      '<rect style="height:40%"></rect>',
    );
  });
});
