import type { SignInScreenProps } from "@payout-styles/ui-core";
import { signInLabels as labels } from "@payout-styles/ui-core";
import { SignInForm } from "./sign-in-form";
import * as styles from "./sign-in-screen.css";

/** A centred card with the product's name; the only page without the app shell. */
export function SignInScreen({ signIn, next }: SignInScreenProps) {
  return (
    <main className={styles.main}>
      <div className={styles.column}>
        <p className={styles.productName}>{labels.productName}</p>
        <section aria-labelledby="sign-in-title" className={styles.panel}>
          <div className={styles.intro}>
            <h1 id="sign-in-title" className={styles.title}>
              {labels.title}
            </h1>
            <p className={styles.description}>{labels.description}</p>
          </div>
          <SignInForm signIn={signIn} next={next} />
        </section>
      </div>
    </main>
  );
}
