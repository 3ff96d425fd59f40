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
import styled from "styled-components";
import { Checkbox } from "../../components/checkbox";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";
import { FormFooter } from "./form-footer";

const labels = settingsLabels.notifications;

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["5"]};
`;

const Preferences = styled.fieldset`
  display: flex;
  min-width: 0;
  flex-direction: column;
  gap: ${theme.spacing["3"]};
`;

const Legend = styled.legend`
  margin-bottom: ${theme.spacing["1"]};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

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
    <Form ref={formRef} action={formAction}>
      <Preferences>
        <Legend>{labels.legend}</Legend>
        {notificationPreferences.map((name) => (
          <Checkbox
            key={name}
            name={fields[name]}
            label={labels[name]}
            defaultChecked={isNotificationChecked(state, notifications, name)}
          />
        ))}
      </Preferences>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={labels.submit}
        savedLabel={labels.saved}
        keyName={fields.idempotencyKey}
        idempotencyKey={idempotencyKey}
      />
    </Form>
  );
}
