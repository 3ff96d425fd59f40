// The dashboard's navigation inside a story: an in-memory location instead of the browser's, so a
// link, a filter or a page change updates the story's URL without leaving the story (the iframe
// would otherwise load the app's route, which Storybook does not have). Stories that navigate set
// `parameters.location` (e.g. "/payouts?status=paid"); their location is shown under the story.
import {
  type Navigation,
  type NavigationLinkProps,
  NavigationProvider,
  useNavigation,
} from "@payout-styles/ui-core/client";
import { type MouseEvent, type ReactNode, useMemo, useState } from "react";
import { action } from "storybook/actions";

const logNavigation = action("navigate");

function StoryLink({ href, prefetch: _prefetch, onClick, ...anchorProps }: NavigationLinkProps) {
  const { push } = useNavigation();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    event.preventDefault();
    push(href);
  };
  return <a href={href} {...anchorProps} onClick={follow} />;
}

export function StoryNavigation({
  location: initialLocation,
  children,
}: {
  /** Where the story starts; null for a story that does not navigate (shown nowhere). */
  location: string | null;
  children: ReactNode;
}) {
  const [location, setLocation] = useState(initialLocation ?? "/");
  const navigation = useMemo<Navigation>(() => {
    const url = new URL(location, "https://dashboard.invalid");
    const go = (kind: "push" | "replace") => (href: string) => {
      logNavigation(kind, href);
      setLocation(href);
    };
    return {
      Link: StoryLink,
      push: go("push"),
      replace: go("replace"),
      pathname: url.pathname,
      searchParams: url.searchParams,
    };
  }, [location]);
  return (
    <NavigationProvider value={navigation}>
      {children}
      {initialLocation !== null && (
        <p className="sb-location">
          URL: <output data-story-location={location}>{location}</output>
        </p>
      )}
    </NavigationProvider>
  );
}
