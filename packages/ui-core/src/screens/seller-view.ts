// What every screen knows of the signed-in seller: how to address them and how to format their
// money and dates. Structurally a subset of the data layer's SellerProfile.
export interface SellerView {
  id: string;
  name: string;
  /** The seller's payout currency (ISO 4217). */
  currency: string;
  /** BCP 47 locale for Intl formatting, e.g. "en-US", "de-DE", "ja-JP". */
  locale: string;
  /** IANA time zone every date is shown in, e.g. "Europe/Berlin". */
  timeZone: string;
}
