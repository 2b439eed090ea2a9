/**
 * The core as the app and CLI use it: the family rules, the cross-family text-integrity rules,
 * and the masking mark all go through one validateText call.
 */
import { describe, expect, it } from 'vitest';
import { template, validateText, validateValue } from '../shared/index';
import { withMaskMarker } from '../shared/mask/marker';

const dossier = () => template('dossier') as { data: Record<string, unknown>[] };

describe('validateText across families', () => {
  it('reports decomposed Vietnamese text (NFD) in a dossier at its field, with an NFC quick fix', () => {
    const doc = dossier();
    const name = String(doc.data[0].ChuHoSo);
    doc.data[0].ChuHoSo = name.normalize('NFD');
    const report = validateText(JSON.stringify(doc, null, 2));
    const nfd = report.issues.find((i) => i.code === 'text.nfd');
    expect(nfd?.path).toBe('data[0].ChuHoSo');
    expect(nfd?.range?.line).toBeGreaterThan(1);
    expect(nfd?.fix?.edits).toContainEqual({ op: 'set', path: ['data', 0, 'ChuHoSo'], value: name.normalize('NFC') });
  });

  it('validates a masked document without its mark and says it is masked', () => {
    const marked = withMaskMarker(dossier(), { tool: 'QCVN 120 Packet Studio', version: '1', at: '20261127090000', options: {} } as never);
    const report = validateValue(marked);
    expect(report.masked).toBe(true);
    expect(report.issues.filter((i) => i.path.includes('$masked'))).toEqual([]);
    expect(report.valid).toBe(true);
    expect(validateValue(dossier()).masked).toBeUndefined();
  });

  it('does not call the official LayTaiLieuPAKN request provisional, but does the reconstructed PAKN list', () => {
    const official = validateValue({ session: 's', madonvi: '000.00.00.H35', service: 'LayTaiLieuPAKN', TepTinPhanAnh: '' });
    expect(official.packetId).toBe('LayTaiLieuPAKN.request');
    expect(official.provisional).toBe(false);
    expect(official.issues.find((i) => i.path === 'TepTinPhanAnh')?.provisional).toBeFalsy();
    const reconstructed = validateValue(template('feedback'));
    expect(reconstructed.provisional).toBe(true);
  });
});
