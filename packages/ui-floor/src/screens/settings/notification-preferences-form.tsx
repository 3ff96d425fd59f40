"use client";
import {
  type FormAction,
  notificationFields as fields,
  isNotificationChecked,
  type NotificationPreferencesView,
  notificationPreferences,
  settingsLabels,
} from "@payout-styles/ui-core";
import { useFocusFirstInvalid, useIdempotentFormAction } from "@payout-styles/ui-core/client";
import { useRef } from "react";
import { Checkbox } from "../../components/checkbox";
import { FormFooter } from "./form-footer";

const labels = settingsLabels.notifications;

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
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(state, formRef);
  return (
    <form ref={formRef} action={formAction}>
      <fieldset>
        <legend>{labels.legend}</legend>
        {notificationPreferences.map((name) => (
          <Checkbox
            key={name}
            name={fields[name]}
            label={labels[name]}
            defaultChecked={isNotificationChecked(state, notifications, name)}
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
