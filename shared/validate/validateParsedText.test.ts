import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../../tests/support/reference';
import { parseJson } from '../parse/json';
import { LENIENT_PROFILE } from './builtinProfiles';
import { validateParsedText, validateText } from './validate';

/** Every sample packet that parses, with its text. */
function parsedSamples(): { name: string; text: string; value: unknown }[] {
  const out: { name: string; text: string; value: unknown }[] = [];
  for (const kind of readdirSync(SAMPLES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(SAMPLES_DIR, kind.name)).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(join(SAMPLES_DIR, kind.name, file), 'utf8');
      const parsed = parseJson(text);
      if (parsed.ok) out.push({ name: `${kind.name}/${file}`, text, value: parsed.value });
    }
  }
  return out;
}

describe('validateParsedText (a text the caller already parsed)', () => {
  const samples = parsedSamples();

  it('gives the same report as validateText for every sample packet, issues located and in the same order', () => {
    expect(samples.length).toBeGreaterThan(20);
    let located = 0;
    for (const s of samples) {
      const expected = validateText(s.text);
      const actual = validateParsedText(s.text, s.value);
      expect(actual, s.name).toEqual(expected);
      located += actual.issues.filter((i) => i.range).length;
    }
    // The samples include invalid packets: the comparison covered located issues, not only empty lists.
    expect(located).toBeGreaterThan(20);
  });

  it('applies the options it is given (profile, locate: false)', () => {
    const s = samples.find((x) => validateText(x.text).issues.length > 0)!;
    expect(validateParsedText(s.text, s.value, { profile: LENIENT_PROFILE }).profile.id).toBe('lenient');
    expect(validateParsedText(s.text, s.value, { locate: false }).issues.every((i) => i.range === undefined)).toBe(true);
  });
});
