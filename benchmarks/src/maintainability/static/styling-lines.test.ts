import { describe, expect, test } from "vitest";
import { unmatchedLines } from "./styling-lines";

describe("unmatchedLines (the styling-lines rule)", () => {
  const floor = [
    'import type { CardProps } from "@payout-styles/ui-core";',
    "export function Card({ children }: CardProps) {",
    "return <section>{children}</section>;",
    "}",
  ];

  test("the floor's own file has no styling lines", () => {
    expect(unmatchedLines(floor, floor)).toBe(0);
  });

  test("a line the kit changed (a className added) and a line it added (a style import) count", () => {
    const kit = [
      'import type { CardProps } from "@payout-styles/ui-core";',
      'import * as styles from "./card.css";',
      "export function Card({ children }: CardProps) {",
      "return <section className={styles.card}>{children}</section>;",
      "}",
    ];
    expect(unmatchedLines(kit, floor)).toBe(2);
  });

  test("lines the floor has and the kit lacks do not count against the kit", () => {
    const floorWithExtra = [...floor.slice(0, 2), "variant: _variant,", ...floor.slice(2)];
    expect(unmatchedLines(floor, floorWithExtra)).toBe(0);
  });

  test("a file the floor does not have is styling in every line", () => {
    expect(unmatchedLines(["export const card = style({", "padding: 0,", "});"], undefined)).toBe(
      3,
    );
  });

  test("a styled component's definition and its use both count", () => {
    const kit = [
      'import type { CardProps } from "@payout-styles/ui-core";',
      'import styled from "styled-components";',
      "const Section = styled.section`",
      "padding: 1rem;",
      "`;",
      "export function Card({ children }: CardProps) {",
      "return <Section>{children}</Section>;",
      "}",
    ];
    expect(unmatchedLines(kit, floor)).toBe(5);
  });
});
