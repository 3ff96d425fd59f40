// Who is signed in: the signed session cookie, checked on every page, action and export. A missing,
// tampered or expired cookie, or one naming a seller that no longer exists, sends the browser to
// the sign-in page, which brings it back to where it was.

import {
  getSellerProfile,
  NotFoundError,
  type PayoutStore,
  type SellerProfile,
} from "@payout-styles/data";
import type { SellerView } from "@payout-styles/ui-core";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { localPath, signInHref } from "./local-path";
import { cookieNeedsSecure, requestPathHeader, sessionCookieName } from "./session-cookie";
import { sessionSecret } from "./session-secret";
import { sessionLifetimeSeconds, signSessionToken, verifySessionToken } from "./session-token";
import { getStore } from "./store";

export interface SignedInSeller {
  store: PayoutStore;
  profile: SellerProfile;
  seller: SellerView;
}

export async function startSession(sellerId: string): Promise<void> {
  const token = await signSessionToken({ sellerId }, await sessionSecret());
  const requestHeaders = await headers();
  (await cookies()).set(sessionCookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: cookieNeedsSecure(requestHeaders.get("host"), requestHeaders.get("x-forwarded-proto")),
    path: "/",
    maxAge: sessionLifetimeSeconds,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName);
}

/**
 * The signed-in seller, or null: no valid cookie, or its seller is gone. Memoised per request:
 * the layout, the page and its id check each ask.
 */
export const findSignedInSeller = cache(async (): Promise<SignedInSeller | null> => {
  const token = (await cookies()).get(sessionCookieName)?.value;
  if (!token) return null;
  const session = await verifySessionToken(token, await sessionSecret());
  if (!session) return null;
  const store = await getStore();
  try {
    const profile = await getSellerProfile(store.db, { sellerId: session.sellerId });
    return { store, profile, seller: toSellerView(profile) };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});

/** The signed-in seller; without one, redirects to /signin?next=<this page>. */
export async function requireSeller(): Promise<SignedInSeller> {
  const signedIn = await findSignedInSeller();
  if (!signedIn) redirect(signInHref(await requestPath()));
  return signedIn;
}

async function requestPath(): Promise<string> {
  return localPath((await headers()).get(requestPathHeader));
}

export function toSellerView(profile: SellerProfile): SellerView {
  const { id, name, currency, locale, timeZone } = profile;
  return { id, name, currency, locale, timeZone };
}
