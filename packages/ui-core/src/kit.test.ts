import { describe, expect, it } from "vitest";
import { defineKit, type KitComponents, type KitScreens } from "./kit";

// Stand-in exports: each "component" is a distinct function named after its export.
function fakeExports(): KitComponents & KitScreens & { extra: () => null } {
  return new Proxy({} as KitComponents & KitScreens & { extra: () => null }, {
    get: (_target, name) => Object.defineProperty(() => null, "name", { value: String(name) }),
  });
}

describe("defineKit", () => {
  it("takes every component and screen by its contract name, and nothing else", () => {
    const kit = defineKit("vanilla", fakeExports());
    expect(kit.name).toBe("vanilla");
    expect(kit.components.DataTable.name).toBe("DataTable");
    expect(kit.screens.PayoutsScreen.name).toBe("PayoutsScreen");
    expect(Object.keys(kit.components)).toHaveLength(32);
    expect(Object.keys(kit.screens)).toHaveLength(15);
    expect(Object.keys({ ...kit.components, ...kit.screens })).not.toContain("extra");
  });
});
