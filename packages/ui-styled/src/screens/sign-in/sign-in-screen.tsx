import type { SignInScreenProps } from "@payout-styles/ui-core";
import { signInLabels as labels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { textSize, trackingTight } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";
import { SignInForm } from "./sign-in-form";

const Main = styled.main`
  display: flex;
  min-height: 100dvh;
  align-items: center;
  justify-content: center;
  background-color: ${theme.color.canvas};
  padding-inline: ${theme.spacing["4"]};
  padding-block: ${theme.spacing["12"]};
`;

const Column = styled.div`
  display: flex;
  width: 100%;
  max-width: 24rem;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const ProductName = styled.p`
  text-align: center;
  ${textSize("xl")}
  font-weight: ${theme.fontWeight.semibold};
  ${trackingTight}
  color: ${theme.color.fg};
`;

const SignInCard = styled.section`
  border-radius: ${theme.radius.lg};
  border: 1px solid ${theme.color.border};
  background-color: ${theme.color.surface};
  padding: ${theme.spacing["6"]};
  box-shadow: ${theme.shadow.sm};

  @media ${media.sm} {
    padding: ${theme.spacing["8"]};
  }
`;

const Heading = styled.div`
  margin-bottom: ${theme.spacing["6"]};
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["1"]};
`;

const Title = styled.h1`
  ${textSize("2xl")}
  font-weight: ${theme.fontWeight.semibold};
  ${trackingTight}
  color: ${theme.color.fg};
`;

const Description = styled.p`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

/** A centred card with the product's name; the only page without the app shell. */
export function SignInScreen({ signIn, next }: SignInScreenProps) {
  return (
    <Main>
      <Column>
        <ProductName>{labels.productName}</ProductName>
        <SignInCard aria-labelledby="sign-in-title">
          <Heading>
            <Title id="sign-in-title">{labels.title}</Title>
            <Description>{labels.description}</Description>
          </Heading>
          <SignInForm signIn={signIn} next={next} />
        </SignInCard>
      </Column>
    </Main>
  );
}
