// Stand-ins for what Next.js gives the server during a request (cookies, headers, redirect,
// notFound, revalidatePath), for tests that call loaders and actions directly:
//   vi.mock("next/headers", () => import("./testing/next-request"));
// (likewise next/navigation and next/cache). One request at a time, reset between tests.
export class RedirectSignal extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}

export class NotFoundSignal extends Error {
  constructor() {
    super("not found");
  }
}

export interface StoredCookie {
  value: string;
  options: Record<string, unknown>;
}

export const request = {
  cookies: new Map<string, StoredCookie>(),
  headers: new Headers(),
  revalidated: [] as string[],
};

export function resetRequest(headers: Record<string, string> = { host: "localhost:3001" }): void {
  request.cookies.clear();
  request.headers = new Headers(headers);
  request.revalidated = [];
}

export async function cookies() {
  return {
    get: (name: string) => {
      const cookie = request.cookies.get(name);
      return cookie ? { name, value: cookie.value } : undefined;
    },
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      request.cookies.set(name, { value, options });
    },
    delete: (name: string) => {
      request.cookies.delete(name);
    },
  };
}

export async function headers() {
  return request.headers;
}

export function redirect(location: string): never {
  throw new RedirectSignal(location);
}

export function notFound(): never {
  throw new NotFoundSignal();
}

export function revalidatePath(path: string, type?: string): void {
  request.revalidated.push(type ? `${path} (${type})` : path);
}
