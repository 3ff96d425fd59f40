import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("harbor-demo-2026");
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain("harbor-demo-2026");
    await expect(verifyPassword("harbor-demo-2026", stored)).resolves.toBe(true);
    await expect(verifyPassword("harbor-demo-2025", stored)).resolves.toBe(false);
  });

  it("salts every hash, unless a salt is given for reproducible seed data", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
    const salt = Buffer.alloc(16, 7);
    expect(await hashPassword("same", salt)).toBe(await hashPassword("same", salt));
  });

  it("refuses a malformed stored hash instead of throwing", async () => {
    await expect(verifyPassword("x", "plaintext")).resolves.toBe(false);
    await expect(verifyPassword("x", "bcrypt$1$2$3$4$5")).resolves.toBe(false);
  });
});
