"use client";
import { type RefObject, useEffect } from "react";
import type { FormState } from "../screens/form-state";
import { firstInvalidField } from "./first-invalid-field";

/**
 * When an answer brings field errors, focus moves to the first invalid field, so a screen-reader
 * user hears its error (the field's aria-describedby) instead of nothing.
 */
export function useFocusFirstInvalid(
  state: Pick<FormState<unknown>, "status" | "fieldErrors">,
  formRef: RefObject<HTMLFormElement | null>,
): void {
  useEffect(() => {
    const form = formRef.current;
    if (state.status !== "error" || !form) return;
    const controls = Array.from(form.elements).filter(
      (element) =>
        element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement,
    );
    firstInvalidField(controls, state.fieldErrors)?.focus();
  }, [state, formRef]);
}
