// Settings validation: a bad IBAN or routing number is told next to its field, and the saved
// account is still the one shown after a reload. Nothing valid is submitted, so nothing changes.
import { settingsLabels } from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { bankFieldLabel } from "../fixtures/bank-account";
import { expectPageTitle } from "../fixtures/page";
import { harbor, lindenhof } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

const bankRegion = (page: Page) =>
  page.getByRole("region", { name: settingsLabels.bankAccount.title });

async function savedAccountNumber(page: Page): Promise<string> {
  const shown = await bankRegion(page)
    .getByText(/•••• \d{4}/)
    .first()
    .textContent();
  expect(shown).toBeTruthy();
  return (shown ?? "").match(/•••• \d{4}/)?.[0] ?? "";
}

async function expectErrorNextTo(page: Page, label: string) {
  const field = bankRegion(page).getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const messages = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  expect(messages.join(" ").trim().length, `a message describes ${label}`).toBeGreaterThan(0);
}

test("a bad IBAN is told next to the field, and the saved account stays", async ({
  signedInPage,
}) => {
  const page = await signedInPage(lindenhof);
  await page.goto("/settings");
  await expectPageTitle(page, settingsLabels.title);
  const saved = await savedAccountNumber(page);

  await bankRegion(page)
    .getByLabel(bankFieldLabel("iban", "holderName"), { exact: true })
    .fill(lindenhof.name);
  await bankRegion(page)
    .getByLabel(bankFieldLabel("iban", "iban"), { exact: true })
    .fill("DE00 1234 5678 9012 3456 78");
  await bankRegion(page)
    .getByRole("button", { name: settingsLabels.bankAccount.submitReplace })
    .click();
  await expectErrorNextTo(page, bankFieldLabel("iban", "iban"));
  await expect(
    bankRegion(page).getByLabel(bankFieldLabel("iban", "holderName"), { exact: true }),
  ).toHaveValue(lindenhof.name);

  await page.reload();
  expect(await savedAccountNumber(page)).toBe(saved);
});

test("a bad routing number is told next to the field, and the saved account stays", async ({
  signedInPage,
}) => {
  const page = await signedInPage(harbor);
  await page.goto("/settings");
  const saved = await savedAccountNumber(page);

  const region = bankRegion(page);
  await region
    .getByLabel(bankFieldLabel("us_ach", "holderName"), { exact: true })
    .fill(harbor.name);
  await region
    .getByLabel(bankFieldLabel("us_ach", "routingNumber"), { exact: true })
    .fill("123456789");
  await region
    .getByLabel(bankFieldLabel("us_ach", "accountNumber"), { exact: true })
    .fill("12345678");
  await region.getByRole("button", { name: settingsLabels.bankAccount.submitReplace }).click();
  await expectErrorNextTo(page, bankFieldLabel("us_ach", "routingNumber"));

  await page.reload();
  expect(await savedAccountNumber(page)).toBe(saved);
});
