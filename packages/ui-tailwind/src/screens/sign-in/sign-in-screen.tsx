import type { SignInScreenProps } from "@payout-styles/ui-core";
import { signInLabels as labels } from "@payout-styles/ui-core";
import { SignInForm } from "./sign-in-form";

/** A centred card with the product's name; the only page without the app shell. */
export function SignInScreen({ signIn, next }: SignInScreenProps) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-canvas px-4 py-12">
      <div className="flex w-full max-w-sm flex-col gap-6">
        <p className="text-center text-xl font-semibold tracking-tight text-fg">
          {labels.productName}
        </p>
        <section
          aria-labelledby="sign-in-title"
          className="rounded-lg border border-border bg-surface p-6 shadow-sm sm:p-8"
        >
          <div className="mb-6 flex flex-col gap-1">
            <h1 id="sign-in-title" className="text-2xl font-semibold tracking-tight text-fg">
              {labels.title}
            </h1>
            <p className="text-sm text-fg-muted">{labels.description}</p>
          </div>
          <SignInForm signIn={signIn} next={next} />
        </section>
      </div>
    </main>
  );
}
