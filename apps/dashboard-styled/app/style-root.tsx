"use client";
// How this app's kit brings its styles in: styled-components writes its CSS while rendering,
// so the styles of client components rendered on the server are collected into a sheet and
// flushed into the HTML stream (Next's style registry pattern); the kit's global style adds
// the reset and the theme's CSS variables.
import { GlobalStyle } from "@payout-styles/ui-styled";
import { useServerInsertedHTML } from "next/navigation";
import { type ReactNode, useState } from "react";
import { ServerStyleSheet, StyleSheetManager } from "styled-components";

export function StyleRoot({ children }: { children: ReactNode }) {
  // One sheet per server render: created once, lazily.
  const [sheet] = useState(() => new ServerStyleSheet());

  useServerInsertedHTML(() => {
    const styles = sheet.getStyleElement();
    sheet.instance.clearTag();
    return <>{styles}</>;
  });

  const content = (
    <>
      <GlobalStyle />
      {children}
    </>
  );
  if (typeof window !== "undefined") return content;
  return <StyleSheetManager sheet={sheet.instance}>{content}</StyleSheetManager>;
}
