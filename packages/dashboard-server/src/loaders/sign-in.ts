// The sign-in page: where to go afterwards, and straight there for a seller already signed in.
import type { SearchParams } from "@payout-styles/data";
import type { SignInScreenProps } from "@payout-styles/ui-core";
import { redirect } from "next/navigation";
import { localPath } from "../local-path";
import { findSignedInSeller } from "../session";

export async function loadSignIn(
  searchParams: SearchParams,
): Promise<Pick<SignInScreenProps, "next">> {
  const requested = searchParams.next;
  const next = localPath(Array.isArray(requested) ? requested[0] : requested);
  if (await findSignedInSeller()) redirect(next);
  return next === "/" ? {} : { next };
}
