import { loadingLabels } from "@payout-styles/ui-core";
import type { ReactNode } from "react";
import styled from "styled-components";
import { visuallyHidden } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const Announcement = styled.span`
  ${visuallyHidden}
`;

/** The busy region of a loading page: announced once as "Loading…", its skeletons hidden. */
export function LoadingRegion({ children }: { children: ReactNode }) {
  return (
    <Stack role="status" aria-label={loadingLabels.loading}>
      <Announcement>{loadingLabels.loading}</Announcement>
      <Stack aria-hidden="true">{children}</Stack>
    </Stack>
  );
}
