/** A text in both languages of the product: Vietnamese first, English complete. */
export interface Localized {
  vi: string;
  en: string;
}

export type Lang = 'vi' | 'en';

/** Builds a Localized value; a small helper that keeps spec tables readable. */
export function t(vi: string, en: string): Localized {
  return { vi, en };
}

/** Replaces `{name}` placeholders in both languages with the given values (a Localized value gives each language its own). */
export function fill(text: Localized, values: Record<string, string | number | Localized>): Localized {
  const sub = (s: string, lang: Lang) =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => {
      if (!(k in values)) return m;
      const v = values[k];
      return typeof v === 'object' ? pick(v, lang) : String(v);
    });
  return { vi: sub(text.vi, 'vi'), en: sub(text.en, 'en') };
}

/** Picks one language, falling back to Vietnamese. */
export function pick(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.vi;
}
