"use client";
import { ErrorScreen } from "@payout-styles/ui-floor";

// What the dashboard's own boundary cannot catch: its layout (who is signed in, the shell) and
// the sign-in page.
export default function RootError({ retry }: { retry: () => void }) {
  return <ErrorScreen retry={retry} standalone />;
}
