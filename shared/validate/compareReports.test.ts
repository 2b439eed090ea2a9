/**
 * Comparing a packet's results under two profiles: on a real sample with a changed guide (the
 * outcome follows from the spec's required marks and the profile table of docs/PROFILES.md), the
 * pairing of several issues with one code at one path, and properties over arbitrary reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../../tests/support/reference';
import { countIssues, type Issue, type Severity } from '../issues/issue';
import { compareReports, hasDifferences } from './compareReports';
import { builtinProfile, loadProfile } from './profiles';
import type { ValidationReport } from './report';
import { validateText } from './validate';

// Email, SoDienThoai, TrichYeuHoSo (M*) absent and NgayHenTra (M*) "": four warnings under strict.
const LEGACY = readFileSync(join(SAMPLES_DIR, 'dossier', '05-dongbohosomc-minimal-legacy-valid.json'), 'utf8');

/** A province's new guide: Email and Fax required (M), the empty-field check off. */
const GUIDE = {
  id: 'tinh-thu',
  name: 'Tỉnh thử',
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' }, Fax: { required: 'M' } } },
  rules: { 'required.empty': 'off' },
};

function guide() {
  const loaded = loadProfile(GUIDE, 'tinh-thu.json');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.profile;
}

const brief = (i: Issue) => `${i.code} ${i.path} ${i.severity}`;

describe('compareReports on a sample', () => {
  const strict = validateText(LEGACY);
  const changedGuide = validateText(LEGACY, { profile: guide() });
  const c = compareReports(strict, changedGuide);

  it('names both profiles, their verdicts and counts', () => {
    expect(c.a).toEqual({ profile: { id: 'strict', version: builtinProfile('strict')!.version }, valid: true, counts: { error: 0, warning: 4, info: 0 } });
    expect(c.b.profile).toEqual({ id: 'tinh-thu', version: '2026.2' });
    expect(c.b.valid).toBe(false);
    expect(c.verdict).toBe('becomesInvalid');
  });

  it('finds the new, the gone and the changed issues', () => {
    // Fax is optional (O, dossier.md §2.1 row 14): strict says nothing, the guide makes it an error.
    expect(c.onlyB.map(brief)).toEqual(['required.missing data[0].Fax error']);
    // An empty M* field is no longer reported (required.empty off).
    expect(c.onlyA.map(brief)).toEqual(['required.empty data[0].NgayHenTra warning']);
    // Email was M* (a warning, row 13) and is M (an error) under the guide.
    expect(c.changed.map((x) => `${x.a.code} ${x.a.path} ${x.a.severity}→${x.b.severity}`)).toEqual(['required.missing data[0].Email warning→error']);
    // SoDienThoai and TrichYeuHoSo stay warnings.
    expect(c.unchanged).toBe(2);
    expect(hasDifferences(c)).toBe(true);
  });

  it('finds nothing between a profile and itself, and the verdict move back', () => {
    expect(hasDifferences(compareReports(strict, validateText(LEGACY)))).toBe(false);
    expect(compareReports(changedGuide, strict).verdict).toBe('becomesValid');
  });
});

function issue(code: string, path: string, severity: Severity, message = `${code} at ${path}`): Issue {
  return { code, path, segments: [], severity, message: { vi: message, en: message } };
}

function report(issues: Issue[], id = 'p'): ValidationReport {
  const counts = countIssues(issues);
  return { form: 'envelope', provisional: false, recordCount: 1, issues, counts, valid: counts.error === 0, repairs: [], profile: { id, version: '1' } };
}

describe('several issues with one code at one path', () => {
  it('pairs them by message first, then in order', () => {
    const a = report([issue('text.mojibake', 'data[0].ChuHoSo', 'warning', 'Ã in "Ãinh"'), issue('text.mojibake', 'data[0].ChuHoSo', 'warning', 'Æ° in "NguyÆ°"')]);
    // B lists them the other way round and makes one an error: only that one changed.
    const b = report([issue('text.mojibake', 'data[0].ChuHoSo', 'error', 'Æ° in "NguyÆ°"'), issue('text.mojibake', 'data[0].ChuHoSo', 'warning', 'Ã in "Ãinh"')]);
    const c = compareReports(a, b);
    expect(c.changed).toHaveLength(1);
    expect(c.changed[0].a.message.en).toBe('Æ° in "NguyÆ°"');
    expect(c.changed[0].b.severity).toBe('error');
    expect(c.onlyA).toEqual([]);
    expect(c.onlyB).toEqual([]);
    expect(c.unchanged).toBe(1);
  });

  it('pairs what the messages leave in order, and reports the surplus on its side', () => {
    const a = report([issue('pattern.mismatch', 'x', 'warning', 'pattern A1'), issue('pattern.mismatch', 'x', 'warning', 'pattern A2')]);
    // The guide changed the pattern, so the messages differ; one issue fewer under B.
    const b = report([issue('pattern.mismatch', 'x', 'error', 'pattern B1')]);
    const c = compareReports(a, b);
    expect(c.changed.map((x) => `${x.a.message.en}→${x.b.message.en}`)).toEqual(['pattern A1→pattern B1']);
    expect(c.onlyA.map((i) => i.message.en)).toEqual(['pattern A2']);
  });
});

const CODES = ['required.missing', 'format.email', 'pattern.mismatch'];
const PATHS = ['', 'data[0].Email', 'data[1].Email'];
const arbIssue = fc
  .record({ code: fc.constantFrom(...CODES), path: fc.constantFrom(...PATHS), severity: fc.constantFrom<Severity>('error', 'warning', 'info'), message: fc.constantFrom('m1', 'm2', 'm3') })
  .map((r) => issue(r.code, r.path, r.severity, r.message));
const arbReport = fc.array(arbIssue, { maxLength: 12 }).map((issues) => report(issues));

/** An issue list as a sorted multiset of its fields, for order-free equality. */
const bag = (issues: Issue[]) => issues.map((i) => `${i.code}|${i.path}|${i.severity}|${i.message.en}`).sort();
const changeBag = (changes: { a: Issue; b: Issue }[]) => changes.map((x) => `${bag([x.a])[0]}→${bag([x.b])[0]}`).sort();

describe('properties', () => {
  it('a report compared with itself has no difference', () => {
    fc.assert(
      fc.property(arbReport, (r) => {
        const c = compareReports(r, r);
        expect(hasDifferences(c)).toBe(false);
        expect(c.unchanged).toBe(r.issues.length);
        expect(c.verdict).toBe('same');
      }),
    );
  });

  it('swapping A and B swaps the sides', () => {
    fc.assert(
      fc.property(arbReport, arbReport, (a, b) => {
        const ab = compareReports(a, b);
        const ba = compareReports(b, a);
        expect(bag(ba.onlyA)).toEqual(bag(ab.onlyB));
        expect(bag(ba.onlyB)).toEqual(bag(ab.onlyA));
        expect(changeBag(ba.changed)).toEqual(changeBag(ab.changed.map((x) => ({ a: x.b, b: x.a }))));
        expect(ba.a).toEqual(ab.b);
        expect(ba.unchanged).toBe(ab.unchanged);
      }),
    );
  });

  it('accounts for every issue of each side exactly once', () => {
    fc.assert(
      fc.property(arbReport, arbReport, (a, b) => {
        const c = compareReports(a, b);
        expect(c.onlyA.length + c.changed.length + c.unchanged).toBe(a.issues.length);
        expect(c.onlyB.length + c.changed.length + c.unchanged).toBe(b.issues.length);
        // Only issues of one code and path are ever paired.
        for (const x of c.changed) expect(`${x.a.code} ${x.a.path}`).toBe(`${x.b.code} ${x.b.path}`);
        // Nothing is left unpaired on both sides under one code and path.
        const left = new Set(c.onlyA.map((i) => `${i.code} ${i.path}`));
        for (const i of c.onlyB) expect(left.has(`${i.code} ${i.path}`)).toBe(false);
      }),
    );
  });
});
