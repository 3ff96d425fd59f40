// The design tokens as tables, read from @payout-styles/tokens (the one source every kit's theme
// is made from): each row names the CSS variable all three kits share, and shows the value.
import {
  cssVariableName,
  darkTokens,
  density,
  lightTokens,
  radius,
  shadow,
  spacing,
  text,
  tokenLeaves,
} from "@payout-styles/tokens";
import type { CSSProperties, ReactNode } from "react";

const cell: CSSProperties = { padding: "0.375rem 0.75rem", verticalAlign: "middle" };
const code: CSSProperties = { fontFamily: lightTokens.fontFamily.mono, fontSize: "0.8125rem" };
const sampleSurface: CSSProperties = {
  width: "5rem",
  height: "3rem",
  background: "#ffffff",
  border: "1px solid #e2e5ea",
};

function Table({ headers, children }: { headers: string[]; children: ReactNode }) {
  return (
    <table style={{ borderCollapse: "collapse", width: "100%", margin: "1rem 0 2rem" }}>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} style={{ ...cell, textAlign: "left" }}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A token's row: its variable, then one cell per value or sample. */
function TokenRow({ path, cells }: { path: readonly string[]; cells: ReactNode[] }) {
  return (
    <tr>
      <td style={cell}>
        <code style={code}>{cssVariableName(path)}</code>
      </td>
      {cells.map((content, index) => (
        // Positional cells: a row never reorders them.
        <td key={index} style={cell}>
          {typeof content === "string" ? <code style={code}>{content}</code> : content}
        </td>
      ))}
    </tr>
  );
}

function Swatch({ color }: { color: string }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: "0.5rem" }}>
      <span
        style={{
          width: "2.5rem",
          height: "1.5rem",
          borderRadius: "0.25rem",
          background: color,
          boxShadow: "inset 0 0 0 1px rgb(0 0 0 / 0.15)",
        }}
      />
      <code style={code}>{color}</code>
    </span>
  );
}

const darkByPath = new Map(
  tokenLeaves(darkTokens.color, ["color"]).map((leaf) => [leaf.path.join("."), leaf.value]),
);

/** Every colour, light and dark side by side. */
export function ColorTokens() {
  return (
    <Table headers={["Variable", "Light", "Dark"]}>
      {tokenLeaves(lightTokens.color, ["color"]).map(({ path, value }) => (
        <TokenRow
          key={path.join(".")}
          path={path}
          cells={[
            <Swatch color={value} />,
            <Swatch color={darkByPath.get(path.join(".")) ?? ""} />,
          ]}
        />
      ))}
    </Table>
  );
}

/** The type scale, each size with its line height. */
export function TypeScale() {
  return (
    <Table headers={["Variable", "Size / line height", "Sample"]}>
      {Object.entries(text).map(([size, { fontSize, lineHeight }]) => (
        <TokenRow
          key={size}
          path={["text", size, "fontSize"]}
          cells={[
            `${fontSize} / ${lineHeight}`,
            <span style={{ fontFamily: lightTokens.fontFamily.sans, fontSize, lineHeight }}>
              Payout of $1,234.56 arrives Nov 18
            </span>,
          ]}
        />
      ))}
    </Table>
  );
}

// Keys like "0.5" and "px" do not sort as numbers in an object: order the steps by length.
const pixels = (length: string) => Number.parseFloat(length) * (length.endsWith("rem") ? 16 : 1);
const spacingSteps = Object.entries(spacing).sort(([, a], [, b]) => pixels(a) - pixels(b));

/** The spacing scale as bars of each length. */
export function SpacingScale() {
  return (
    <Table headers={["Variable", "Value", ""]}>
      {spacingSteps.map(([step, value]) => (
        <TokenRow
          key={step}
          path={["spacing", step]}
          cells={[
            value,
            <span
              style={{ display: "block", width: value, height: "0.75rem", background: "#4f46e5" }}
            />,
          ]}
        />
      ))}
    </Table>
  );
}

/** The density sizes, comfortable and compact. */
export function DensityScale() {
  return (
    <Table headers={["Variable", "Comfortable", "Compact"]}>
      {Object.entries(density.comfortable).map(([name, comfortable]) => (
        <TokenRow
          key={name}
          path={["density", name]}
          cells={[comfortable, density.compact[name as keyof typeof density.compact]]}
        />
      ))}
    </Table>
  );
}

/** Radii and shadows, each on a sample surface. */
export function RadiiAndShadows() {
  return (
    <>
      <Table headers={["Variable", "Value", ""]}>
        {Object.entries(radius).map(([size, value]) => (
          <TokenRow
            key={size}
            path={["radius", size]}
            cells={[value, <div style={{ ...sampleSurface, borderRadius: value }} />]}
          />
        ))}
      </Table>
      <Table headers={["Variable", ""]}>
        {Object.entries(shadow).map(([size, value]) => (
          <TokenRow
            key={size}
            path={["shadow", size]}
            cells={[
              <div
                style={{
                  ...sampleSurface,
                  margin: "0.5rem 0",
                  borderRadius: radius.md,
                  boxShadow: value,
                }}
              />,
            ]}
          />
        ))}
      </Table>
    </>
  );
}
