// Settings: a bad IBAN or routing number is told next to its field and the saved account stays;
// a schedule and a notification choice are saved end to end (and put back), and saving one form
// keeps what is typed in another.
import {
  describePayoutSchedule,
  type PayoutScheduleInterval,
  type PayoutScheduleView,
  scheduleIntervalOptions,
  settingsLabels,
} from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { bankFieldLabel } from "../fixtures/bank-account";
import { expectPageTitle } from "../fixtures/page";
import { harbor, lindenhof } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

const intervalLabel = (value: PayoutScheduleInterval) =>
  scheduleIntervalOptions.find((option) => option.value === value)?.label ?? value;

const bankRegion = (page: Page) =>
  page.getByRole("region", { name: settingsLabels.bankAccount.title });

async function savedAccountNumber(page: Page): Promise<string> {
  const shown = await bankRegion(page)
    .getByText(/•••• \d{4}/)
    .first()
    .innerText();
  expect(shown).toBeTruthy();
  return shown.match(/•••• \d{4}/)?.[0] ?? "";
}

async function expectErrorNextTo(page: Page, label: string) {
  const field = bankRegion(page).getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const messages = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
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

// lindenhof's schedule and notifications are changed and put back: no other spec reads them.
test.describe("saving", () => {
  test.describe.configure({ mode: "serial" });

  const scheduleRegion = (page: Page) =>
    page.getByRole("region", { name: settingsLabels.schedule.title });
  const notificationsRegion = (page: Page) =>
    page.getByRole("region", { name: settingsLabels.notifications.title });
  const interval = (page: Page, value: PayoutScheduleInterval) =>
    scheduleRegion(page)
      .getByRole("group", { name: settingsLabels.schedule.interval })
      .getByRole("radio", { name: intervalLabel(value), exact: true });

  async function savedInterval(page: Page): Promise<PayoutScheduleInterval> {
    for (const option of scheduleIntervalOptions) {
      if (await interval(page, option.value).isChecked()) return option.value;
    }
    throw new Error("No payout frequency is chosen");
  }

  async function saveSchedule(page: Page, value: PayoutScheduleInterval, day?: string) {
    await interval(page, value).check();
    const dayField =
      value === "weekly"
        ? settingsLabels.schedule.weekday
        : value === "monthly"
          ? settingsLabels.schedule.monthDay
          : null;
    if (dayField && day) {
      await scheduleRegion(page).getByLabel(dayField, { exact: true }).selectOption(day);
    }
    await scheduleRegion(page)
      .getByRole("button", { name: settingsLabels.schedule.submit })
      .click();
    await expect(page.getByText(settingsLabels.schedule.saved).first()).toBeVisible();
  }

  test.beforeEach(async ({ signedInPage }) => {
    const page = await signedInPage(lindenhof);
    await page.goto("/settings");
    await expectPageTitle(page, settingsLabels.title);
  });

  test("a new payout schedule is saved and shown after a reload", async ({ page }) => {
    const before = await savedInterval(page);
    const weekdayBefore =
      before === "weekly"
        ? await scheduleRegion(page)
            .getByLabel(settingsLabels.schedule.weekday, { exact: true })
            .inputValue()
        : null;
    const monthDayBefore =
      before === "monthly"
        ? await scheduleRegion(page)
            .getByLabel(settingsLabels.schedule.monthDay, { exact: true })
            .inputValue()
        : null;
    const next: PayoutScheduleView =
      before === "monthly"
        ? { interval: "weekly", weekday: 3 }
        : { interval: "monthly", monthDay: 15 };
    await saveSchedule(
      page,
      next.interval,
      String(
        next.interval === "weekly"
          ? next.weekday
          : next.interval === "monthly"
            ? next.monthDay
            : "",
      ),
    );

    await page.reload();
    await expect(interval(page, next.interval)).toBeChecked();
    await expect(scheduleRegion(page).getByText(describePayoutSchedule(next))).toBeVisible();

    await saveSchedule(page, before, weekdayBefore ?? monthDayBefore ?? undefined);
    await page.reload();
    await expect(interval(page, before)).toBeChecked();
  });

  test("a notification choice is saved and shown after a reload", async ({ page }) => {
    const weekly = () =>
      notificationsRegion(page).getByRole("checkbox", {
        name: settingsLabels.notifications.weeklySummary,
      });
    const save = async () => {
      await notificationsRegion(page)
        .getByRole("button", { name: settingsLabels.notifications.submit })
        .click();
      await expect(page.getByText(settingsLabels.notifications.saved).first()).toBeVisible();
    };
    const before = await weekly().isChecked();
    await weekly().setChecked(!before);
    await save();
    await page.reload();
    await expect(weekly()).toBeChecked({ checked: !before });

    await weekly().setChecked(before);
    await save();
    await page.reload();
    await expect(weekly()).toBeChecked({ checked: before });
  });

  test("what is typed in one form survives saving another", async ({ page }) => {
    const holder = bankRegion(page).getByLabel(bankFieldLabel("iban", "holderName"), {
      exact: true,
    });
    await holder.fill("Typed but not saved");
    await notificationsRegion(page)
      .getByRole("button", { name: settingsLabels.notifications.submit })
      .click();
    await expect(page.getByText(settingsLabels.notifications.saved).first()).toBeVisible();
    await expect(holder).toHaveValue("Typed but not saved");
  });
});
