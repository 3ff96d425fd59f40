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
        <tr key={path.join(".")}>
          <td style={cell}>
            <code style={code}>{cssVariableName(path)}</code>
          </td>
          <td style={cell}>
            <Swatch color={value} />
          </td>
          <td style={cell}>
            <Swatch color={darkByPath.get(path.join(".")) ?? ""} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** The type scale, each size with its line height. */
export function TypeScale() {
  return (
    <Table headers={["Variable", "Size / line height", "Sample"]}>
      {Object.entries(text).map(([size, { fontSize, lineHeight }]) => (
        <tr key={size}>
          <td style={cell}>
            <code style={code}>{cssVariableName(["text", size, "fontSize"])}</code>
          </td>
          <td style={cell}>
            <code style={code}>
              {fontSize} / {lineHeight}
            </code>
          </td>
          <td style={{ ...cell, fontFamily: lightTokens.fontFamily.sans, fontSize, lineHeight }}>
            Payout of $1,234.56 arrives Nov 18
          </td>
        </tr>
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
        <tr key={step}>
          <td style={cell}>
            <code style={code}>{cssVariableName(["spacing", step])}</code>
          </td>
          <td style={cell}>
            <code style={code}>{value}</code>
          </td>
          <td style={cell}>
            <span
              style={{ display: "block", width: value, height: "0.75rem", background: "#4f46e5" }}
            />
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** The density sizes, comfortable and compact. */
export function DensityScale() {
  return (
    <Table headers={["Variable", "Comfortable", "Compact"]}>
      {Object.entries(density.comfortable).map(([name, comfortable]) => (
        <tr key={name}>
          <td style={cell}>
            <code style={code}>{cssVariableName(["density", name])}</code>
          </td>
          <td style={cell}>
            <code style={code}>{comfortable}</code>
          </td>
          <td style={cell}>
            <code style={code}>{density.compact[name as keyof typeof density.compact]}</code>
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** Radii and shadows, each on a sample surface. */
export function RadiiAndShadows() {
  const sample: CSSProperties = {
    width: "5rem",
    height: "3rem",
    background: "#ffffff",
    border: "1px solid #e2e5ea",
  };
  return (
    <>
      <Table headers={["Variable", "Value", ""]}>
        {Object.entries(radius).map(([size, value]) => (
          <tr key={size}>
            <td style={cell}>
              <code style={code}>{cssVariableName(["radius", size])}</code>
            </td>
            <td style={cell}>
              <code style={code}>{value}</code>
            </td>
            <td style={cell}>
              <div style={{ ...sample, borderRadius: value }} />
            </td>
          </tr>
        ))}
      </Table>
      <Table headers={["Variable", ""]}>
        {Object.entries(shadow).map(([size, value]) => (
          <tr key={size}>
            <td style={cell}>
              <code style={code}>{cssVariableName(["shadow", size])}</code>
            </td>
            <td style={{ ...cell, padding: "1rem" }}>
              <div style={{ ...sample, borderRadius: radius.md, boxShadow: value }} />
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
