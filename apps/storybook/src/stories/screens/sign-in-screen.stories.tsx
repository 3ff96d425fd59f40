import { signInLabels } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { SignInScreen } from "../../contract/screens";
import { screenParameters } from "../screen-shell";
import { answering, forEachKit } from "../story-helpers";

const meta = {
  title: "Screens/SignInScreen",
  component: SignInScreen,
  parameters: { ...screenParameters, location: "/signin" },
  args: {
    // What the sign-in action answers for a wrong password (the same as for an unknown email).
    signIn: answering({
      status: "error",
      message: signInLabels.invalidCredentials,
      values: { email: "harbor@demo.payout-styles.test" },
    }),
    next: "/payouts",
  },
} satisfies Meta<typeof SignInScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Bad credentials: one message for both fields, and the email is kept. */
export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    await forEachKit(canvasElement, async (canvas) => {
      await userEvent.type(
        canvas.getByRole("textbox", { name: signInLabels.email }),
        "harbor@demo.payout-styles.test",
      );
      await userEvent.type(canvas.getByLabelText(signInLabels.password), "not-the-password");
      await userEvent.click(canvas.getByRole("button", { name: signInLabels.submit }));
      await expect(await canvas.findByText(signInLabels.invalidCredentials)).toBeVisible();
      await expect(canvas.getByRole("textbox", { name: signInLabels.email })).toHaveValue(
        "harbor@demo.payout-styles.test",
      );
    });
  },
};
