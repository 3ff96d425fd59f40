// The sign-in screen's contract: email and password, one message for any bad credentials (never
// telling which of the two was wrong), and where to go after signing in.
import type { FormAction } from "./form-state";

export interface SignInScreenProps {
  signIn: FormAction;
  /** The path to return to after signing in (kept in a hidden field). */
  next?: string;
}

/** The names of the form's fields, as the server action reads them. */
export const signInFields = {
  email: "email",
  password: "password",
  next: "next",
} as const;

export const signInLabels = {
  productName: "Payouts",
  title: "Sign in",
  description: "Sign in to see your balance and payouts.",
  email: "Email",
  password: "Password",
  submit: "Sign in",
  /** The one message for an unknown email and for a wrong password alike. */
  invalidCredentials: "The email or password is incorrect.",
} as const;
