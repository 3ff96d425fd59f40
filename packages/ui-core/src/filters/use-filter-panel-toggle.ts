"use client";
import { useId, useState } from "react";

/** The phones' "Filters" disclosure: whether the panel is shown, and the id the toggle controls. */
export function useFilterPanelToggle() {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return { panelId, open, toggle: () => setOpen(!open) };
}
