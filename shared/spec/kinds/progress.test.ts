/**
 * Rules of CapNhatTienDoHoSoMC (dossier.md §3.1): the dates of one step and the order of a
 * dossier's steps within a packet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import { progressModule } from './progress';
import { SAMPLES_DIR } from '../../../tests/support/reference';

const SAMPLES = join(SAMPLES_DIR, 'dossier');
const sampleSteps = () =>
  (JSON.parse(readFileSync(join(SAMPLES, '04-capnhattiendohosomc-valid.json'), 'utf8')) as { data: Record<string, unknown>[] }).data;
const packet = progressModule.spec.packets[0];
const rule = (code: string): Rule => {
  const r = progressModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};
const envelope = { session: 's', madonvi: '000.00.01.H22', service: 'CapNhatTienDoHoSoMC' };
const at = (code: string, record: Record<string, unknown>) => runRule(rule(code), { packet, record }).map((f) => formatPath(f.at));
const step = (over: Record<string, unknown> = {}) => ({ ...sampleSteps()[1], ...over });

describe('progress.deadline-before-start', () => {
  it('accepts a step deadline after its start, and empty dates', () => {
    expect(at('progress.deadline-before-start', step())).toEqual([]);
    expect(at('progress.deadline-before-start', step({ NgayKetThucTheoQuyDinh: '' }))).toEqual([]);
  });
  it('reports a deadline before the start at NgayKetThucTheoQuyDinh', () => {
    expect(at('progress.deadline-before-start', step({ NgayKetThucTheoQuyDinh: '20240304170000' }))).toEqual(['NgayKetThucTheoQuyDinh']);
  });
});

describe('progress.step-before-start', () => {
  it('accepts a step handled at or after its start', () => {
    expect(at('progress.step-before-start', step())).toEqual([]);
  });
  it('reports a step handled before it started at ThoiDiemXuLy', () => {
    expect(at('progress.step-before-start', step({ ThoiDiemXuLy: '20240305070000' }))).toEqual(['ThoiDiemXuLy']);
  });
});

describe('progress.steps-out-of-order', () => {
  it('accepts the sample steps 2 → 4 → 9 → 10 in time order', () => {
    expect(runRule(rule('progress.steps-out-of-order'), { packet, records: sampleSteps(), envelope })).toEqual([]);
  });
  it('reports a step earlier than the one before it of the same dossier, at data[i].ThoiDiemXuLy', () => {
    const steps = sampleSteps();
    [steps[1], steps[2]] = [steps[2], steps[1]];
    const f = runRule(rule('progress.steps-out-of-order'), { packet, records: steps, envelope });
    expect(f.map((x) => formatPath(x.at))).toEqual(['data[2].ThoiDiemXuLy']);
    expect(f[0].params).toMatchObject({ previousIndex: 1 });
  });
  it('orders each dossier separately: interleaved dossiers are fine', () => {
    const steps = sampleSteps();
    const other = { ...steps[0], MaHoSo: '000.21.30.H22-240301-0002', ThoiDiemXuLy: '20240301080000' };
    expect(runRule(rule('progress.steps-out-of-order'), { packet, records: [steps[0], other, steps[1]], envelope })).toEqual([]);
  });
});

describe('every progress rule', () => {
  it('has a stable progress.* code, vi/en texts and a §3.1 reference', () => {
    for (const r of progressModule.rules) {
      expect(r.code).toMatch(/^progress\.[a-z-]+$/);
      expect(r.packets).toEqual(['CapNhatTienDoHoSoMC']);
      for (const text of [r.title, r.message, r.hint]) expect(text.vi && text.en, r.code).toBeTruthy();
      expect(r.specRef).toMatchObject({ file: 'dossier.md', section: '§3.1' });
    }
  });
});
