// Next's request-scoped modules (cookies and headers, redirect and notFound, revalidatePath) are
// replaced in every test by one in-memory request: see next-request.ts.
import { vi } from "vitest";

vi.mock("next/headers", () => import("./next-request"));
vi.mock("next/navigation", () => import("./next-request"));
vi.mock("next/cache", () => import("./next-request"));
