// The app's proxy (Next.js 16's middleware): an optimistic check that sends a browser without a
// session cookie to the sign-in page before anything renders, and passes each page its path.
// The real check is requireSeller() on every page, action and export.
import { type NextRequest, NextResponse } from "next/server";
import { signInHref } from "./local-path";
import { requestPathHeader, sessionCookieName } from "./session-cookie";

export function sessionProxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  if (pathname === "/signin") return NextResponse.next();
  if (!request.cookies.has(sessionCookieName)) {
    return NextResponse.redirect(new URL(signInHref(path), request.url));
  }
  const forwarded = new Headers(request.headers);
  forwarded.set(requestPathHeader, path);
  return NextResponse.next({ request: { headers: forwarded } });
}
