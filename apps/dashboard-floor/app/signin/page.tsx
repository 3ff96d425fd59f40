import { loadSignIn, type SearchParams } from "@payout-styles/dashboard-server";
import { signInLabels } from "@payout-styles/ui-core";
import { SignInScreen } from "@payout-styles/ui-floor";
import { signIn } from "../actions";

export const metadata = { title: signInLabels.title };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const props = await loadSignIn(await searchParams);
  return <SignInScreen {...props} signIn={signIn} />;
}
