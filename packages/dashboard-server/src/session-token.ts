// The session cookie's value: a JWT (HS256) naming the signed-in seller, valid for 12 hours.
// Signed, not encrypted: it holds only the seller's id, which is no secret from that seller.
import { jwtVerify, SignJWT } from "jose";

export const sessionLifetimeSeconds = 12 * 60 * 60;

const algorithm = "HS256";
const audience = "payout-styles-dashboard";

export interface SellerSession {
  sellerId: string;
}

export function signSessionToken(
  session: SellerSession,
  secret: Uint8Array,
  issuedAt: Date = new Date(),
): Promise<string> {
  const issuedAtSeconds = Math.floor(issuedAt.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: algorithm })
    .setSubject(session.sellerId)
    .setAudience(audience)
    .setIssuedAt(issuedAtSeconds)
    .setExpirationTime(issuedAtSeconds + sessionLifetimeSeconds)
    .sign(secret);
}

/** The session, or null when the token is malformed, tampered with, expired or for another app. */
export async function verifySessionToken(
  token: string,
  secret: Uint8Array,
  now: Date = new Date(),
): Promise<SellerSession | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: [algorithm],
      audience,
      currentDate: now,
      requiredClaims: ["sub", "exp", "iat"],
    });
    return payload.sub ? { sellerId: payload.sub } : null;
  } catch {
    return null;
  }
}
