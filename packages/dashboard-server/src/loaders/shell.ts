import { requireSeller } from "../session";

/** The app shell's data: who is signed in. */
export async function loadShell(): Promise<{ sellerName: string }> {
  const { seller } = await requireSeller();
  return { sellerName: seller.name };
}
