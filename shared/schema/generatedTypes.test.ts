import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_MODULES } from '../spec/registry';
import type { DossierRecord, PacketDocuments } from './generated-types';
import { renderTypes } from './tsTypes';

describe('generated TypeScript types', () => {
  it('shared/schema/generated-types.ts is up to date with the spec (run: node scripts/gen-types.mjs)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, 'generated-types.ts'), 'utf8');
    expect(onDisk === renderTypes(KIND_MODULES), 'generated-types.ts is stale: run node scripts/gen-types.mjs').toBe(true);
  });

  it('types a dossier push as the wire sends it', () => {
    const record: DossierRecord = {
      MaHoSo: 'H22.01-240312-0001',
      MaTTHC: '1.001234.000.00.00.H22',
      TenTTHC: 'Thủ tục',
      MaLinhVuc: 'G03-GD10',
      TenLinhVuc: 'Giáo dục',
      LoaiDoiTuong: '1',
      NgayTiepNhan: '20240312081500',
      TrangThaiHoSo: '2',
      HinhThuc: '0',
      DonViXuLy: 'UBND',
    };
    const doc: PacketDocuments['DongBoHoSoMC'] = { session: 's', madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', isUpdating: 'False', data: [record] };
    // @ts-expect-error: a status outside the closed list 1–10 (dossier.md §4.1) does not type-check.
    const wrong: DossierRecord['TrangThaiHoSo'] = '11';
    expect(doc.data[0].MaHoSo).toBe('H22.01-240312-0001');
    expect(wrong).toBe('11');
  });
});
