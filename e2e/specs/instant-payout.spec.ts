// "Pay out now" for harbor (the seller these specs may change): a double click on confirm, a
// replayed confirmation, copies sent at once and a retry after a lost answer each pay once,
// because every request carries the idempotency key made when the dialog opened.
import { instantPayoutLabels } from "@payout-styles/ui-core";
import type { APIResponse, Page, Request, Route } from "@playwright/test";
import { parseMoney } from "../fixtures/money";
import { statValue } from "../fixtures/page";
import { payoutCount } from "../fixtures/payout-count";
import { harbor } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

test.describe.configure({ mode: "serial" });

async function reviewInstantPayout(page: Page, amount: string) {
  await page.goto("/");
  await page.getByRole("button", { name: instantPayoutLabels.trigger }).click();
  const dialog = page.getByRole("dialog", { name: instantPayoutLabels.title });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(instantPayoutLabels.amount, { exact: true }).fill(amount);
  await dialog.getByRole("button", { name: instantPayoutLabels.review }).click();
  const review = dialog.getByRole("form", { name: instantPayoutLabels.reviewTitle });
  await expect(review).toBeVisible();
  const money = (text: string | null) => parseMoney(text ?? "", harbor.currency, harbor.locale);
  const quoted = money(await statValue(review, instantPayoutLabels.quoteAmount).innerText());
  const fee = money(await statValue(review, instantPayoutLabels.quoteFee).innerText());
  const net = money(await statValue(review, instantPayoutLabels.quoteNet).innerText());
  expect(fee).toBeLessThan(0);
  expect(quoted + fee).toBe(net);
  return dialog;
}

test("a double click on confirm makes exactly one payout", async ({ signedInPage }) => {
  const page = await signedInPage(harbor);
  const before = await payoutCount(page);
  const dialog = await reviewInstantPayout(page, "10.00");
  await dialog.getByRole("button", { name: instantPayoutLabels.confirm }).dblclick();
  await expect(page.getByText(instantPayoutLabels.successTitle).first()).toBeVisible();
  expect(await payoutCount(page)).toBe(before + 1);
});

test("a replayed confirmation request pays once", async ({ signedInPage }) => {
  const page = await signedInPage(harbor);
  const before = await payoutCount(page);
  const dialog = await reviewInstantPayout(page, "5.00");

  const actionPosts: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actionPosts.push(request);
  });
  await dialog.getByRole("button", { name: instantPayoutLabels.confirm }).click();
  // The toast's sentence around the amount and the id, e.g. "is on its way to your bank as payout".
  const sentence = instantPayoutLabels.successDescription("\u0000", "\u0001");
  const success = page.getByText(sentence.slice(1, sentence.indexOf("\u0001")).trim()).first();
  await expect(success).toBeVisible();
  const payoutId = (await success.innerText()).match(/po_[0-9a-z]{14}/)?.[0] ?? "";
  expect(actionPosts).toHaveLength(1);
  const confirmation = actionPosts[0] as Request;

  // The same request again, byte for byte: the server answers with the same payout.
  const replay = await page.request.post(confirmation.url(), {
    headers: await confirmation.allHeaders(),
    data: confirmation.postDataBuffer() ?? undefined,
  });
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain(payoutId);
  expect(await payoutCount(page)).toBe(before + 1);
});

/** Holds the next confirmation (a server action POST) until `handle` says what to do with it. */
async function interceptConfirmation(
  page: Page,
  handle: (route: Route) => Promise<void>,
): Promise<void> {
  let seen = false;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (seen || request.method() !== "POST" || !request.headers()["next-action"]) {
      await route.fallback();
      return;
    }
    seen = true;
    await handle(route);
  });
}

test("two submissions with the same key sent at once make one payout", async ({ signedInPage }) => {
  const page = await signedInPage(harbor);
  const before = await payoutCount(page);
  const dialog = await reviewInstantPayout(page, "3.00");

  // The confirmation and two copies of it race to the server: the client guard plays no part.
  let copies: Promise<APIResponse[]> = Promise.resolve([]);
  await interceptConfirmation(page, async (route) => {
    const request = route.request();
    const send = async () =>
      page.request.post(request.url(), {
        headers: await request.allHeaders(),
        data: request.postDataBuffer() ?? undefined,
      });
    copies = Promise.all([send(), send()]);
    await route.continue();
  });
  await dialog.getByRole("button", { name: instantPayoutLabels.confirm }).click();
  await expect(page.getByText(instantPayoutLabels.successTitle).first()).toBeVisible();
  for (const copy of await copies) expect(copy.status()).toBeLessThan(500);
  expect(await payoutCount(page)).toBe(before + 1);
});

test("confirming again after a lost response pays once", async ({ signedInPage }) => {
  const page = await signedInPage(harbor);
  const before = await payoutCount(page);
  const dialog = await reviewInstantPayout(page, "2.00");

  // The server makes the payout, but its answer never reaches the browser.
  let markAnswered = () => {};
  const answeredButLost = new Promise<void>((resolve) => {
    markAnswered = resolve;
  });
  await interceptConfirmation(page, async (route) => {
    await route.fetch();
    await route.abort("connectionreset");
    markAnswered();
  });
  const confirm = dialog.getByRole("button", { name: instantPayoutLabels.confirm });
  await confirm.click();
  await answeredButLost;
  // The dialog stays on its review, with the same key, ready to confirm again.
  await expect(dialog.getByRole("form", { name: instantPayoutLabels.reviewTitle })).toBeVisible();
  await expect(confirm).toBeEnabled();
  await confirm.click({ timeout: 10_000 });
  await expect(page.getByText(instantPayoutLabels.successTitle).first()).toBeVisible();
  expect(await payoutCount(page)).toBe(before + 1);
});
