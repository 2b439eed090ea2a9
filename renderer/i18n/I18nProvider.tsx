/**
 * The language of the interface (Vietnamese by default, English complete) and the `t` function
 * every visible string goes through.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { pick, type Lang, type Localized } from '../../shared/i18n/localized';
import { translate, type MessageKey } from './dictionary';

export interface I18n {
  lang: Lang;
  /** A dictionary string with `{name}` placeholders filled. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A message that came with its own translations (from the core or the host). */
  tl(text: Localized | undefined): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** Provides the language chosen in settings. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: (key, values) => translate(key, lang, values), tl: (text) => pick(text, lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and translation functions. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
