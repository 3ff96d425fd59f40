// The kit a story renders with: the decorator provides one per rendering (three side by side),
// and the contract's components read it.
import type { Kit } from "@payout-styles/ui-core";
import { createContext, type ReactNode, useContext } from "react";

const KitContext = createContext<Kit | null>(null);

export function KitProvider({ kit, children }: { kit: Kit; children: ReactNode }) {
  return <KitContext value={kit}>{children}</KitContext>;
}

export function useKit(): Kit {
  const kit = useContext(KitContext);
  if (!kit) throw new Error("A contract component rendered outside a kit: see withKits.");
  return kit;
}
