import { sessionProxy } from "@payout-styles/dashboard-server/proxy";

export const proxy = sessionProxy;

export const config = {
  // Everything but the build's static files and files such as the icon (a path with an extension).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-z0-9]+$).*)"],
};
