// Signing in and out. An unknown email and a wrong password get the same answer, after the same
// work (the data layer hashes a throwaway password for an unknown email).
import { authenticateSeller, ValidationError } from "@payout-styles/data";
import { type FormState, signInFields, signInLabels } from "@payout-styles/ui-core";
import { redirect } from "next/navigation";
import { localPath } from "../local-path";
import { actionMessages } from "../messages";
import { endSession, startSession } from "../session";
import { getStore } from "../store";
import { failedForm, fieldText } from "./submitted-form";

export async function signIn(_state: FormState, formData: FormData): Promise<FormState> {
  const email = fieldText(formData, signInFields.email);
  const password = fieldText(formData, signInFields.password);
  const next = localPath(fieldText(formData, signInFields.next));
  // The password is never sent back.
  const values = { [signInFields.email]: email };
  let sellerId: string | null;
  try {
    sellerId = await authenticateSeller((await getStore()).db, { email, password });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return failedForm(error, {
      fields: [signInFields.email, signInFields.password],
      values,
      describe: (field) =>
        field === signInFields.password
          ? actionMessages.signInFields.password
          : actionMessages.signInFields.email,
    });
  }
  if (!sellerId) return { status: "error", message: signInLabels.invalidCredentials, values };
  await startSession(sellerId);
  redirect(next);
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/signin");
}
