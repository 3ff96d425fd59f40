"use server";
// The dashboard's server actions: each one checks the session and acts for the signed-in seller
// (see @payout-styles/dashboard-server); this file only makes them callable from the browser.
import * as dashboard from "@payout-styles/dashboard-server";
import type {
  FormState,
  InstantPayoutQuoteView,
  InstantPayoutResultView,
} from "@payout-styles/ui-core";

export async function signIn(state: FormState, formData: FormData) {
  return dashboard.signIn(state, formData);
}

export async function signOut() {
  return dashboard.signOut();
}

export async function quoteInstantPayout(
  state: FormState<InstantPayoutQuoteView>,
  formData: FormData,
) {
  return dashboard.quoteInstantPayout(state, formData);
}

export async function payOutNow(state: FormState<InstantPayoutResultView>, formData: FormData) {
  return dashboard.payOutNow(state, formData);
}

export async function retryPayout(state: FormState<{ payoutId: string }>, formData: FormData) {
  return dashboard.retryPayout(state, formData);
}

export async function updateSchedule(state: FormState, formData: FormData) {
  return dashboard.updateSchedule(state, formData);
}

export async function replaceBankAccount(state: FormState, formData: FormData) {
  return dashboard.replaceBankAccount(state, formData);
}

export async function updateNotifications(state: FormState, formData: FormData) {
  return dashboard.updateNotifications(state, formData);
}
