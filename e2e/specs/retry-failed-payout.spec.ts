// greenbowl's failed payout, step by step: the overview alerts, the retry waits for a new bank
// account, then makes a new payout linked to the failed one, which stays as it was. axe checks the
// alert and the retry form here, the only place they are shown.
import {
  overviewLabels,
  payoutDetailLabels,
  payoutHref,
  payoutStatusLabels,
  settingsLabels,
} from "@payout-styles/ui-core";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { bankFieldLabel } from "../fixtures/bank-account";
import { expectPageTitle, statValue } from "../fixtures/page";
import { payoutCount } from "../fixtures/payout-count";
import { greenbowlSeed } from "../fixtures/seeded";
import { greenbowl } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

test.describe.configure({ mode: "serial" });

const failedId = greenbowlSeed.failedPayoutId;

test("the overview alerts the failed payout and links to it", async ({ signedInPage }) => {
  const page = await signedInPage(greenbowl);
  await page.goto("/");
  await expect(page.getByText(overviewLabels.payoutFailedTitle)).toBeVisible();
  await expect(page.getByText(overviewLabels.nextPayoutHeldBankAccountFailed)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "overview-failed-payout");
  await page.getByRole("link", { name: overviewLabels.reviewPayout }).click();
  await expectPageTitle(page, payoutDetailLabels.title(failedId));
  await expect(page.getByText(greenbowlSeed.failureCode).first()).toBeVisible();
  await expect(page.getByText(payoutDetailLabels.retryBlocked)).toBeVisible();
  await expect(page.getByRole("button", { name: payoutDetailLabels.retry })).toHaveCount(0);
});

test("after a new bank account, retry makes a new payout linked to the failed one", async ({
  signedInPage,
}) => {
  const page = await signedInPage(greenbowl);
  const before = await payoutCount(page);

  await page.goto("/settings");
  const bank = page.getByRole("region", { name: settingsLabels.bankAccount.title });
  await bank
    .getByLabel(bankFieldLabel("us_ach", "holderName"), { exact: true })
    .fill(greenbowl.name);
  await bank
    .getByLabel(bankFieldLabel("us_ach", "routingNumber"), { exact: true })
    .fill("021000021");
  await bank
    .getByLabel(bankFieldLabel("us_ach", "accountNumber"), { exact: true })
    .fill("000123456789");
  await bank.getByRole("button", { name: settingsLabels.bankAccount.submitReplace }).click();
  await expect(page.getByText(settingsLabels.bankAccount.saved).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText("•••• 6789").first()).toBeVisible();

  await page.goto(payoutHref(failedId));
  await expect(page.getByRole("button", { name: payoutDetailLabels.retry })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "payout-detail-retry-form");
  await page.getByRole("button", { name: payoutDetailLabels.retry }).click();
  await expect(page.getByText(payoutDetailLabels.retrySucceeded).first()).toBeVisible();

  // The failed payout stays failed, and now names the payout that retried it.
  const summary = () => page.getByRole("region", { name: payoutDetailLabels.summaryTitle });
  await expect(statValue(summary(), payoutDetailLabels.status)).toContainText(
    payoutStatusLabels.failed,
  );
  await expect(page.getByRole("button", { name: payoutDetailLabels.retry })).toHaveCount(0);
  const retriedBy = statValue(summary(), payoutDetailLabels.relatedPayouts.retriedBy).getByRole(
    "link",
  );
  const newId = (await retriedBy.innerText()).trim();
  expect(newId).toMatch(/^po_/);
  expect(newId).not.toBe(failedId);

  await retriedBy.click();
  await expectPageTitle(page, payoutDetailLabels.title(newId));
  await expect(
    statValue(summary(), payoutDetailLabels.relatedPayouts.retryOf).getByRole("link", {
      name: failedId,
    }),
  ).toBeVisible();

  await page.goto(payoutHref(failedId));
  await expect(statValue(summary(), payoutDetailLabels.status)).toContainText(
    payoutStatusLabels.failed,
  );

  expect(await payoutCount(page)).toBe(before + 1);
  expect(await payoutCount(page, "?status=failed")).toBe(greenbowlSeed.failedPayoutCount);
});
