import { describe, expect, test } from "vitest";
import { countDefinitions } from "./definitions";

const styledPackages = new Set(["styled-components"]);

describe("countDefinitions: React components", () => {
  test("counts capitalised module-level functions and arrows that return JSX", () => {
    const text = [
      "export function Button() { return <button />; }",
      "const Row = () => <tr />;",
      "export const Wrapped = forwardRef(function Wrapped(props, ref) { return <div ref={ref} />; });",
      "function helper() { return <span />; }",
      "export function Plain() { return null; }",
      "const NotAComponent = 3;",
    ].join("\n");
    expect(countDefinitions("a.tsx", text, styledPackages).reactComponents).toBe(3);
  });

  test("a styled component is not a React component defined here", () => {
    const text = 'import styled from "styled-components";\nconst Title = styled.h1`color: red;`;';
    expect(countDefinitions("a.tsx", text, styledPackages).reactComponents).toBe(0);
  });
});

describe("countDefinitions: styling-library calls", () => {
  test("counts tagged templates and calls of names imported from the styling packages", () => {
    const text = [
      'import styled, { css } from "styled-components";',
      "const focus = css`outline: 2px solid;`;",
      "const Title = styled.h1`color: red;`;",
      "const Big = styled(Title)`font-size: 2rem;`;",
      "const Field = styled.input.attrs({ type: 'text' })`border: 0;`;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of an interpolation
      "const Card = styled.section`${css`padding: 0;`}`;",
    ].join("\n");
    // One each, the chain styled.input.attrs(…)`…` once, and the css`` nested in Card's template.
    expect(countDefinitions("a.tsx", text, styledPackages).stylingCalls).toBe(6);
  });

  test("calls of other packages' functions and of type-only imports are not counted", () => {
    const text = [
      'import { style } from "@vanilla-extract/css";',
      'import type { css } from "styled-components";',
      'import { clsx } from "clsx";',
      "export const a = style({ color: 'red' });",
      "export const b = clsx('x');",
    ].join("\n");
    expect(countDefinitions("a.css.ts", text, styledPackages).stylingCalls).toBe(0);
    expect(
      countDefinitions("a.css.ts", text, new Set(["@vanilla-extract/css", "clsx"])).stylingCalls,
    ).toBe(2);
  });

  test("a namespace import counts through its members", () => {
    const text = 'import * as ve from "@vanilla-extract/css";\nexport const a = ve.style({});';
    expect(countDefinitions("a.ts", text, new Set(["@vanilla-extract/css"])).stylingCalls).toBe(1);
  });
});
