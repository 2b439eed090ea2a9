import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPackets } from '../spec/registry';
import { createMasker, isMaskedText, maskText, resolveDocument } from './index';
import { SAMPLES_DIR } from '../../tests/support/reference';

const root = SAMPLES_DIR;
const samples = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.json')).map((f) => join(d.name, f)));

describe('masking every reference sample with the real spec', () => {
  it('resolves each sample to a packet of its kind', () => {
    const unresolved = samples.filter((s) => {
      try {
        return !resolveDocument(JSON.parse(readFileSync(join(root, s), 'utf8')), allPackets()).packet;
      } catch {
        return false;
      }
    });
    // Only bodies without records of a known packet (e.g. a bare login reply) may stay generic.
    expect(unresolved.filter((s) => !/login|response-(success|duplicate)|tracuuhoso/.test(s))).toEqual([]);
  });

  it('masks each JSON sample (batch-consistent), marks it, and leaves no e-mail, phone or 9/12-digit id of the original', () => {
    const masker = createMasker({ packets: allPackets(), seed: 42 });
    const texts = samples.map((s) => readFileSync(join(root, s), 'utf8'));
    const parsed = texts.map((t) => {
      try {
        return JSON.parse(t) as unknown;
      } catch {
        return undefined;
      }
    });
    parsed.forEach((v) => v !== undefined && masker.learn(v));
    let masked = 0;
    texts.forEach((text, i) => {
      if (parsed[i] === undefined) return;
      const out = maskText(masker, text, samples[i]);
      expect(isMaskedText(out)).toBe(true);
      const leaks = [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\d)(?:\d{9}|\d{10}|\d{12})(?!\d)/g)].map((m) => m[0]).filter((v) => out.includes(v));
      expect(leaks, samples[i]).toEqual([]);
      masked++;
    });
    expect(masked).toBeGreaterThan(25);
  });
});
