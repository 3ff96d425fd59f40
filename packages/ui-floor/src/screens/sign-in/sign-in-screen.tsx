import type { SignInScreenProps } from "@payout-styles/ui-core";
import { signInLabels as labels } from "@payout-styles/ui-core";
import { SignInForm } from "./sign-in-form";

/** The product's name and the sign-in form; the only page without the app shell. */
export function SignInScreen({ signIn, next }: SignInScreenProps) {
  return (
    <main>
      <div>
        <p>{labels.productName}</p>
        <section aria-labelledby="sign-in-title">
          <div>
            <h1 id="sign-in-title">{labels.title}</h1>
            <p>{labels.description}</p>
          </div>
          <SignInForm signIn={signIn} next={next} />
        </section>
      </div>
    </main>
  );
}
