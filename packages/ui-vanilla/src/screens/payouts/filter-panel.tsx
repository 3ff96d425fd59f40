"use client";
import { useFilterPanelToggle } from "@payout-styles/ui-core/client";
import type { ReactNode } from "react";
import { Button } from "../../components/button";
import { ChevronDown } from "../../components/icons";
import { visuallyHidden } from "../../styles/a11y.css";
import * as styles from "./filter-panel.css";

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
    <section aria-label={label} className={styles.region}>
      <Button
        variant="secondary"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {toggleLabel}
        {activeCount > 0 && (
          <>
            <span aria-hidden="true"> · {activeCount}</span>
            <span className={visuallyHidden}>, {activeCount} in use</span>
          </>
        )}
        <ChevronDown className={styles.chevron({ open })} />
      </Button>
      <div id={panelId} className={styles.panel({ open })}>
        {children}
      </div>
    </section>
  );
}
