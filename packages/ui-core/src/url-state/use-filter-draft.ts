"use client";
import { useState } from "react";

/**
 * What a filter control shows: a draft of the URL's value. It changes as soon as the user acts
 * (the URL follows after the server answers), follows the URL when that changes from outside
 * (back button, a link), and is not reset by its own earlier value arriving late.
 */
export function useFilterDraft<Value>(committed: Value, same: (a: Value, b: Value) => boolean) {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const [sent, setSent] = useState(committed);
  if (!same(seen, committed)) {
    setSeen(committed);
    if (!same(sent, committed)) {
      setSent(committed);
      setDraft(committed);
    }
  }
  return {
    draft,
    setDraft,
    /** Whether the draft differs from what is in the URL or on its way there. */
    isDirty: !same(draft, sent),
    /**
     * Shows `value` and records it as on its way to the URL; false when it already is, so the
     * caller writes the URL only on a change.
     */
    send(value: Value): boolean {
      setDraft(value);
      if (same(value, sent)) return false;
      setSent(value);
      return true;
    },
  };
}

/** Equality of two lists of choices, in order (filters keep their options' order). */
export function sameChoices(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
