"use client";
import {
  type FormAction,
  payoutScheduleFields as fields,
  monthDayOptions,
  type PayoutScheduleInterval,
  type PayoutScheduleView,
  scheduleIntervalOptions,
  settingsLabels,
  submittedOr,
  weekdayOptions,
} from "@payout-styles/ui-core";
import { useFocusFirstInvalid, useIdempotentFormAction } from "@payout-styles/ui-core/client";
import { useRef, useState } from "react";
import { RadioGroup } from "../../components/radio-group";
import { Select } from "../../components/select";
import { FormFooter } from "./form-footer";

const labels = settingsLabels.schedule;

interface PayoutScheduleFormProps {
  schedule: PayoutScheduleView;
  updateSchedule: FormAction;
}

const isInterval = (value: string): value is PayoutScheduleInterval =>
  scheduleIntervalOptions.some((option) => option.value === value);

export function PayoutScheduleForm({ schedule, updateSchedule }: PayoutScheduleFormProps) {
  const { state, formAction, pending, idempotencyKey } = useIdempotentFormAction(
    updateSchedule,
    labels.saved,
  );
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(state, formRef);
  const [interval, chooseInterval] = useState<PayoutScheduleInterval>(schedule.interval);
  const savedWeekday = schedule.interval === "weekly" ? String(schedule.weekday) : "1";
  const savedMonthDay = schedule.interval === "monthly" ? String(schedule.monthDay) : "1";
  return (
    <form ref={formRef} action={formAction}>
      <RadioGroup
        legend={labels.interval}
        name={fields.interval}
        options={scheduleIntervalOptions}
        value={interval}
        onChange={(value) => isInterval(value) && chooseInterval(value)}
        error={state.fieldErrors?.[fields.interval]}
      />
      {interval === "weekly" && (
        <div>
          <Select
            label={labels.weekday}
            name={fields.weekday}
            options={weekdayOptions}
            defaultValue={submittedOr(state, fields.weekday, savedWeekday)}
            error={state.fieldErrors?.[fields.weekday]}
          />
        </div>
      )}
      {interval === "monthly" && (
        <div>
          <Select
            label={labels.monthDay}
            name={fields.monthDay}
            options={monthDayOptions}
            description={labels.monthDayDescription}
            defaultValue={submittedOr(state, fields.monthDay, savedMonthDay)}
            error={state.fieldErrors?.[fields.monthDay]}
          />
        </div>
      )}
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={labels.submit}
        savedLabel={labels.saved}
        keyName={fields.idempotencyKey}
        idempotencyKey={idempotencyKey}
      />
    </form>
  );
}
