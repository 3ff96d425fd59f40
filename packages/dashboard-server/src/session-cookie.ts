// The names the proxy and the server share: the session cookie, and the request header through
// which the proxy tells a page its own path (a server component cannot read the URL), so that an
// expired session can come back to the page after signing in again.
export const sessionCookieName = "payout_session";
export const requestPathHeader = "x-payout-path";

const localHostnames = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Secure (HTTPS-only) everywhere but plain HTTP on this machine, where browsers would refuse to
 * store a Secure cookie and a local run could never sign in.
 */
export function cookieNeedsSecure(host: string | null, forwardedProto: string | null): boolean {
  const protocol = forwardedProto?.split(",")[0]?.trim().toLowerCase() ?? "http";
  if (protocol !== "http") return true;
  const hostname = (host ?? "").toLowerCase().replace(/:\d+$/, "");
  return !localHostnames.has(hostname);
}
