// Sign-in: the seller whose email and password match, or null. An unknown email still costs one
// password check against a throwaway hash, so timing does not tell which emails exist.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword, verifyPassword } from "../auth/password";
import { parseInput } from "../errors";
import { sellers } from "../schema";
import type { Queryable } from "../store/open-store";

const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "must be an email address" })),
  password: z.string().min(1, "must not be empty").max(1_000, "is too long"),
});

let throwawayHash: Promise<string> | undefined;

export async function authenticateSeller(
  db: Queryable,
  input: { email: string; password: string },
): Promise<string | null> {
  const { email, password } = parseInput(credentialsSchema, input);
  const [seller] = await db
    .select({ id: sellers.id, passwordHash: sellers.passwordHash })
    .from(sellers)
    .where(eq(sellers.email, email));
  if (!seller) {
    throwawayHash ??= hashPassword("no seller has this password");
    await verifyPassword(password, await throwawayHash);
    return null;
  }
  return (await verifyPassword(password, seller.passwordHash)) ? seller.id : null;
}
