/** The language the screens speak, and `useText` to turn catalog entries into strings in it. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fillTemplate, type Locale, type LocalizedText } from '../../shared/i18n/locale';

/** The current language; zh-CN unless configuration or the worker switched it. */
export const LocaleContext = createContext<Locale>('zh-CN');

/** Translates a catalog entry into the current language, filling `{placeholders}`. */
export type TextOf = (
  text: LocalizedText,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The translator for the current language. */
export function useText(): TextOf {
  const locale = useContext(LocaleContext);
  return (text, params) => fillTemplate(text[locale], params);
}
