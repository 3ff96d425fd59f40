import type { ReactNode } from "react";
import styled from "styled-components";
import { media, theme } from "../../styles/theme";

const Main = styled.main`
  margin-inline: auto;
  display: flex;
  width: 100%;
  max-width: 42rem;
  flex-direction: column;
  padding-inline: ${theme.spacing["4"]};
  padding-block: ${theme.spacing["16"]};

  @media ${media.md} {
    padding-inline: ${theme.spacing["8"]};
  }
`;

/** A page state outside the app shell: its own main landmark, centred like the sign-in page. */
export function StandaloneMain({ children }: { children: ReactNode }) {
  return <Main id="main">{children}</Main>;
}
