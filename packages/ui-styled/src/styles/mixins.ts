// Style fragments shared by the components (and the screens): each reproduces one recurring
// Tailwind utility group of the reference kit with the same computed CSS.
import { css, keyframes, type RuleSet } from "styled-components";
import { media, theme } from "./theme";

type TextSize = keyof typeof theme.text;

/** `text-sm` and friends: a font size with its line height. */
export function textSize(size: TextSize) {
  return css`
    font-size: ${theme.text[size].fontSize};
    line-height: ${theme.text[size].lineHeight};
  `;
}

type SpacingStep = keyof typeof theme.spacing;

/**
 * `space-y-*`: a gap below every child but the last, at zero specificity (Tailwind's `:where()`),
 * so a child's own margin still wins.
 */
export function spaceY(step: SpacingStep) {
  return css`
    :where(& > :not(:last-child)) {
      margin-block-start: 0;
      margin-block-end: ${theme.spacing[step]};
    }
  `;
}

/** Hover styles only where the primary pointer can hover, like Tailwind v4's `hover:`. */
export function onHover(styles: RuleSet<object>) {
  return css`
    @media ${media.hover} {
      &:hover {
        ${styles}
      }
    }
  `;
}

/** The focus ring's declarations, for selectors other than `:focus-visible` (`:has()`, parents). */
export const focusRingStyles = css`
  outline-style: solid;
  outline-width: 2px;
  outline-offset: 2px;
  outline-color: ${theme.color.focusRing};
`;

/** The visible keyboard focus ring every interactive element shows. */
export const focusRing = css`
  &:focus-visible {
    ${focusRingStyles}
  }
`;

/** Hidden on screen, read by assistive technology (`sr-only`). */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border-width: 0;
`;

/** One line, cut with an ellipsis (`truncate`). */
export const truncate = css`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

/** Digits of equal width, so amounts line up in columns (`tabular-nums`). */
export const tabularNums = css`
  font-variant-numeric: tabular-nums;
`;

/** `tracking-tight`: headings and large figures. */
export const trackingTight = css`
  letter-spacing: -0.025em;
`;

/** `transition-colors` with the theme's default duration and easing. */
export const transitionColors = css`
  transition-property: color, background-color, border-color, outline-color, text-decoration-color,
    fill, stroke;
  transition-timing-function: ${theme.ease.standard};
  transition-duration: ${theme.duration.normal};
`;

const spin = keyframes`
  to {
    transform: rotate(360deg);
  }
`;

const pulse = keyframes`
  50% {
    opacity: 0.5;
  }
`;

/** `motion-safe:animate-spin`: a busy indicator that stays still for reduced motion. */
export const spinWhenMotionSafe = css`
  @media ${media.motionSafe} {
    animation: ${spin} 1s linear infinite;
  }
`;

/** `motion-safe:animate-pulse`: a placeholder that breathes unless motion is reduced. */
export const pulseWhenMotionSafe = css`
  @media ${media.motionSafe} {
    animation: ${pulse} 2s cubic-bezier(0.4, 0, 0.6, 1) infinite;
  }
`;
