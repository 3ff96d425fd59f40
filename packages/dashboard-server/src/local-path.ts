// Where a "next" parameter may send a signed-in seller: a path of this site, never another origin
// ("//evil.test", "/\evil.test", "https://…") and never back to the sign-in page.
const base = "http://dashboard.invalid";

export function localPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate?.startsWith("/") || candidate.startsWith("//")) return fallback;
  if (/[\\\p{Cc}]/u.test(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || url.pathname === "/signin") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asked to come back to `path` afterwards. */
export function signInHref(path: string): string {
  const next = localPath(path);
  return next === "/" ? "/signin" : `/signin?${new URLSearchParams({ next })}`;
}
