/** Languages of every on-screen and spoken text: Simplified Chinese first, English second. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** One of the supported languages. */
export type Locale = (typeof LOCALES)[number];

/** A text a person reads, in every supported language. */
export type LocalizedText = { readonly [L in Locale]: string };

/** A message catalog: every key has every language, so a missing translation fails type checking. */
export type Catalog<K extends string> = { readonly [Key in K]: LocalizedText };

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Localizes a catalog entry with parameters into both languages. */
export function localize(
  text: LocalizedText,
  params: Readonly<Record<string, string | number>> = {},
): LocalizedText {
  return { 'zh-CN': fillTemplate(text['zh-CN'], params), en: fillTemplate(text.en, params) };
}
