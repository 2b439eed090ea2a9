import { describe, expect, it } from 'vitest';
import { recordLayout } from '../../../../shared/document/records';
import { template, validateValue } from '../../../../shared/index';
import { allPackets } from '../../../../shared/spec/registry';
import { templateRecord } from './useRecordCommands';

/** Issues (code@path) of a document, as the strict profile reports them. */
const findings = (packetId: string, doc: unknown) =>
  validateValue(doc, { packetId }).issues.map((i) => `${i.severity} ${i.code}@${i.path}`);

describe('a record added from the template (palette "Add record", the Tree\'s "+")', () => {
  it('keeps the template valid: added records are complete, and only their identifying field changes', () => {
    let checked = 0;
    for (const packet of allPackets()) {
      const doc = template(packet.kind, packet.id) as Record<string, unknown>;
      const layout = recordLayout(doc, packet);
      if (!layout.arrayPath || layout.count === 0) continue;
      const before = findings(packet.id, doc);
      let list = doc as unknown;
      for (const seg of layout.arrayPath) list = (list as Record<string | number, unknown>)[seg as never];
      const records = list as Record<string, unknown>[];
      const first = structuredClone(records[0]);
      const had = records.length;
      // Three more, each added to what is already there, as a user does.
      for (let n = 0; n < 3; n++) records.push(templateRecord(packet.id, records) as Record<string, unknown>);
      // Two findings say what more records mean, by design: a copy of the first progress step
      // appended after later steps is out of order (the user then sets its time), and LayThuTuc
      // answers with exactly one procedure (other-kinds.md c.4 rule 1). Nothing else may appear.
      const BY_DESIGN = ['progress.steps-out-of-order', 'procedure.result-count'];
      const after = findings(packet.id, doc).filter((f) => !BY_DESIGN.some((code) => f.includes(code)));
      expect(after, packet.id).toEqual(before);
      const changed = records.slice(had).map((r) => Object.keys(r).filter((k) => JSON.stringify(r[k]) !== JSON.stringify(first[k])));
      for (const keys of changed) expect(keys.length, `${packet.id}: ${keys.join(', ')}`).toBeLessThanOrEqual(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('gives a dossier a MaHoSo none of the records holds, and keeps its status and codes', () => {
    const doc = template('dossier') as { data: Record<string, unknown>[] };
    const added = templateRecord('DongBoHoSoMC', doc.data) as Record<string, unknown>;
    expect(added.MaHoSo).not.toBe(doc.data[0].MaHoSo);
    expect([added.TrangThaiHoSo, added.KenhThucHien, added.MaTTHC]).toEqual([doc.data[0].TrangThaiHoSo, doc.data[0].KenhThucHien, doc.data[0].MaTTHC]);
  });
});
