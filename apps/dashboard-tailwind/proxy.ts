import { sessionProxy } from "@payout-styles/dashboard-server/proxy";

export const proxy = sessionProxy;

export const config = {
  // Everything but the build's static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
