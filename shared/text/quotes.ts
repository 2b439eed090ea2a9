/**
 * Typographic quotes that word processors put into codes typed or pasted by hand ("‘1’",
 * “G03-GD10”): a code must match the catalogue exactly, so these make it unknown.
 */

/** Curly, angle and prime quotes, as typed by Word or copied from a PDF guide. */
export const SMART_QUOTES = '\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb\u2039\u203a';

const SMART_RE = new RegExp(`[${SMART_QUOTES}]`, 'g');

/** Whether the value holds a typographic quote. */
export function hasSmartQuotes(text: string): boolean {
  return new RegExp(`[${SMART_QUOTES}]`).test(text);
}

/**
 * The code without its typographic quotes (and without the blanks they leave at the ends):
 * a code never contains quotes, so removing them is the repair, not straightening them.
 */
export function stripSmartQuotes(text: string): string {
  return text.replace(SMART_RE, '').trim();
}
