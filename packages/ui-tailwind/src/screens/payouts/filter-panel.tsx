"use client";
import { useFilterPanelToggle } from "@payout-styles/ui-core/client";
import type { ReactNode } from "react";
import { Button } from "../../components/button";
import { ChevronDown } from "../../components/icons";
import { cn } from "../../lib/cn";

/**
 * A list screen's filters: a wrapping row from `md` up; on phones folded behind a "Filters"
 * disclosure that says how many are in use.
 */
export function FilterPanel({
  label,
  toggleLabel,
  activeCount,
  children,
}: {
  label: string;
  toggleLabel: string;
  activeCount: number;
  children: ReactNode;
}) {
  const { panelId, open, toggle } = useFilterPanelToggle();
  return (
    <section aria-label={label} className="flex flex-col gap-3">
      <Button
        variant="secondary"
        className="self-start md:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {toggleLabel}
        {activeCount > 0 && (
          <>
            <span aria-hidden="true"> · {activeCount}</span>
            <span className="sr-only">, {activeCount} in use</span>
          </>
        )}
        <ChevronDown className={cn("text-fg-muted transition-transform", open && "rotate-180")} />
      </Button>
      <div
        id={panelId}
        className={cn(
          "flex-col gap-4 md:flex md:flex-row md:flex-wrap md:items-end",
          open ? "flex" : "hidden",
        )}
      >
        {children}
      </div>
    </section>
  );
}
