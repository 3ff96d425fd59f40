"use client";
import {
  type FormAction,
  notificationFields as fields,
  type NotificationPreferencesView,
  settingsLabels,
} from "@payout-styles/ui-core";
import { useIdempotentFormAction } from "@payout-styles/ui-core/client";
import { Checkbox } from "../../components/checkbox";
import { FormFooter } from "./form-footer";

const labels = settingsLabels.notifications;
const preferences = ["payoutPaid", "payoutFailed", "weeklySummary"] as const;

interface NotificationPreferencesFormProps {
  notifications: NotificationPreferencesView;
  updateNotifications: FormAction;
}

export function NotificationPreferencesForm({
  notifications,
  updateNotifications,
}: NotificationPreferencesFormProps) {
  const { state, formAction, pending, idempotencyKey } = useIdempotentFormAction(
    updateNotifications,
    labels.saved,
  );
  // A checked box sends "on"; submitted values (when the action returns them) win over saved ones.
  const isChecked = (name: (typeof preferences)[number]) =>
    state.values ? state.values[fields[name]] === "on" : notifications[name];
  return (
    <form action={formAction} className="flex flex-col gap-5">
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-fg">{labels.legend}</legend>
        {preferences.map((name) => (
          <Checkbox
            key={name}
            name={fields[name]}
            label={labels[name]}
            defaultChecked={isChecked(name)}
          />
        ))}
      </fieldset>
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
