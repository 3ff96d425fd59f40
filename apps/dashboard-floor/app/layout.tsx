import { appShellLabels, preferenceScript } from "@payout-styles/ui-core";
import { PreferencesSync } from "@payout-styles/ui-core/client";
import { ToastRegion } from "@payout-styles/ui-floor";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { NextNavigationProvider } from "./navigation-provider";
import { StyleRoot } from "./style-root";

export const metadata: Metadata = {
  title: { default: appShellLabels.productName, template: `%s · ${appShellLabels.productName}` },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page depends on who is signed in: nothing here is prerendered at build time.
  await connection();
  return (
    // The preference script sets data-theme and data-density before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: preferenceScript }} />
      </head>
      <body>
        <StyleRoot>
          <PreferencesSync />
          <NextNavigationProvider>
            {children}
            <ToastRegion />
          </NextNavigationProvider>
        </StyleRoot>
      </body>
    </html>
  );
}
