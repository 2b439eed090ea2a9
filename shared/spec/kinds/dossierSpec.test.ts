/**
 * The dossier-family spec data against the reference text itself (dossier.md tables parsed
 * here), so a renamed, reordered or re-marked field fails the test rather than slipping through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldSpec, KindSpec, ObjectSpec } from '../types';
import { auxiliaryModule } from './auxiliary';
import { dossierModule } from './dossier';
import { TRANG_THAI_HO_SO } from './dossierCodes';
import { DANH_SACH_LE_PHI, TAI_LIEU_NOP } from './dossierItems';
import { progressModule } from './progress';
import { SPEC_DIR } from '../../../tests/support/reference';

const REFERENCE = readFileSync(join(SPEC_DIR, 'dossier.md'), 'utf8');

/** The text of a `###` section, up to the next heading or rule. */
function section(heading: string): string {
  const start = REFERENCE.indexOf(`\n### ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const rest = REFERENCE.slice(start + 1);
  const end = rest.slice(4).search(/\n(###|## |---)/);
  return end < 0 ? rest : rest.slice(0, end + 4);
}

/** Table rows of a section whose first (or second, for numbered tables) cell is a `wire name`. */
function rows(heading: string): string[][] {
  return section(heading)
    .split('\n')
    .filter((l) => /^\| (\d+ \| )?`/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
}

const unquote = (cell: string) => cell.replace(/`/g, '');

/** A Req cell as a RequiredMark: `M\*` → M*, `O (N)` → O, `O / C` → C. */
function mark(cell: string): string {
  const s = cell.replace(/\\/g, '').replace(/\s*\(N\)\s*$/, '').trim();
  return s === 'O / C' ? 'C' : s;
}

const record = dossierModule.spec.packets[0].record!;
const names = (o: ObjectSpec) => o.fields.map((f) => f.name);
const fieldOf = (o: ObjectSpec, name: string): FieldSpec => {
  const f = o.fields.find((x) => x.name === name);
  if (!f) throw new Error(`${o.id} has no ${name}`);
  return f;
};
const child = (o: ObjectSpec, name: string): ObjectSpec => {
  const f = fieldOf(o, name);
  return (f.items ?? f.object)!;
};

/** Every object reachable from a kind's packets, once. */
function objectsOf(kind: KindSpec): ObjectSpec[] {
  const seen = new Set<ObjectSpec>();
  const visit = (o: ObjectSpec) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const f of o.fields) {
      if (f.items) visit(f.items);
      if (f.object) visit(f.object);
    }
  };
  for (const p of kind.packets) visit(p.envelope);
  return [...seen];
}

const KINDS = [dossierModule.spec, progressModule.spec, auxiliaryModule.spec];

describe('dossier.record against dossier.md §2.1', () => {
  const table = rows('2.1');

  it('has exactly the 38 names of §2.1, in order', () => {
    expect(table).toHaveLength(38);
    expect(names(record)).toEqual(table.map((r) => unquote(r[1])));
  });

  it('carries the Req column of every row (M, M*, O; "O / C" as C)', () => {
    expect(record.fields.map((f) => `${f.name} ${f.required}`)).toEqual(table.map((r) => `${unquote(r[1])} ${mark(r[5])}`));
  });

  it('carries the origin column (27 Q, SoBienNhan X, the rest N) and cites its row', () => {
    expect(record.fields.map((f) => `${f.name} ${f.origin}`)).toEqual(table.map((r) => `${unquote(r[1])} ${r[8]}`));
    expect(record.fields.filter((f) => f.origin === 'Q')).toHaveLength(27);
    expect(record.fields.map((f) => f.specRef.row)).toEqual(table.map((r) => r[0]));
  });

  it('carries the evidence column (W2, W, L, the 766 rules)', () => {
    const tags = (cell: string) => [...new Set(cell.match(/W2|W|\bL\b|QD766/g) ?? [])].map((x) => (x === 'QD766' ? '766' : x)).sort();
    expect(record.fields.map((f) => `${f.name} ${[...f.evidence].sort()}`)).toEqual(table.map((r) => `${unquote(r[1])} ${tags(r[9])}`));
  });

  it('refuses "" for every required code or name (allowEmpty false on every M string)', () => {
    const loose = record.fields.filter((f) => f.required === 'M' && f.type === 'string' && f.allowEmpty !== false);
    expect(loose.map((f) => f.name)).toEqual([]);
  });

  it('marks MaDoiTuong nullable and conditional (dossier.md §2.1 row 11: "string or null", O / C)', () => {
    expect(fieldOf(record, 'MaDoiTuong')).toMatchObject({ nullable: true, required: 'C', pii: 'accountId' });
  });
});

describe('nested objects against dossier.md §2.2–§2.8', () => {
  const cases: [string, string, boolean][] = [
    ['2.2', 'TaiLieuNop', true],
    ['2.3', 'DanhSachLePhi', true],
    ['2.4', 'DanhSachTepDinhKemKhac', true],
    ['2.5', 'DanhSachHoSoBoSung', true],
    ['2.6', 'DanhSachGiayToKetQua', true],
    ['2.7', 'DinhDanhCHS', false],
    ['2.8', 'DSKetNoiCSDL', false],
  ];
  for (const [heading, list, hasReq] of cases) {
    it(`${list} has the names of §${heading}${hasReq ? ' and their Req marks' : ''}`, () => {
      const table = rows(heading);
      const obj = child(record, list);
      expect(obj.id).toBe(`dossier.${list}`);
      expect(names(obj)).toEqual(table.map((r) => unquote(r[0])));
      if (hasReq) expect(obj.fields.map((f) => f.required)).toEqual(table.map((r) => mark(r[3])));
    });
  }

  it('shapes supplement files like TaiLieuNop and supplement fees like DanhSachLePhi (§2.5)', () => {
    const supplement = child(record, 'DanhSachHoSoBoSung');
    expect(child(supplement, 'DanhSachGiayToBoSung')).toBe(TAI_LIEU_NOP);
    expect(child(supplement, 'DanhSachLePhiBoSung')).toBe(DANH_SACH_LE_PHI);
  });

  it('applies the lengths of §5 rule 13', () => {
    expect(fieldOf(record, 'TrichYeuHoSo').maxLength).toBe(1000);
    expect(fieldOf(TAI_LIEU_NOP, 'TenTepDinhKem').maxLength).toBe(4000);
    expect(fieldOf(child(record, 'DanhSachGiayToKetQua'), 'TenGiayTo').maxLength).toBe(2000);
    expect(fieldOf(progressModule.spec.packets[0].record!, 'NguoiXuLy').maxLength).toBe(50);
  });
});

describe('progress and type-2 records against dossier.md §3.1 and §3.5', () => {
  it('progress.record has the 9 fields of §3.1 in order with their Req marks', () => {
    const table = rows('3.1');
    const progress = progressModule.spec.packets[0].record!;
    expect(table).toHaveLength(9);
    expect(progress.id).toBe('progress.record');
    expect(progress.fields.map((f) => `${f.name} ${f.required}`)).toEqual(table.map((r) => `${unquote(r[0])} ${mark(r[3])}`));
  });

  it('progress TrangThai uses the very TrangThaiHoSo list, and the kind carries it', () => {
    const progress = progressModule.spec.packets[0].record!;
    expect(fieldOf(progress, 'TrangThai').codes).toBe('TrangThaiHoSo');
    expect(progressModule.spec.codeLists).toContain(TRANG_THAI_HO_SO);
  });

  it('the type-2 record has the names of §3.5, a single-object data and the type discriminator', () => {
    const packet = auxiliaryModule.spec.packets.find((p) => p.id === 'DongBoTrangThaiHoSo')!;
    expect(names(packet.record!)).toEqual(rows('3.5').map((r) => unquote(r[0])));
    expect(packet.recordsShape).toBe('object');
    expect(packet.discriminators).toEqual({ type: '2' });
    expect(fieldOf(packet.envelope, 'data').object).toBe(packet.record);
  });

  it('states the OpenCPS/TD disagreement on the type-2 TrangThai and keeps the list open', () => {
    const list = auxiliaryModule.spec.codeLists.find((c) => c.id === fieldOf(auxiliaryModule.spec.packets[0].record!, 'TrangThai').codes)!;
    expect(list.closed).toBe(false);
    expect(list.entries.map((e) => e.code)).toContain('11');
    expect(list.entries.every((e) => /không thống nhất/.test(e.note?.vi ?? '') && /disagree/.test(e.note?.en ?? ''))).toBe(true);
  });
});

describe('code lists against dossier.md §4', () => {
  it('TrangThaiHoSo is closed with exactly the codes and labels of §4.1', () => {
    const table = section('4.1')
      .split('\n')
      .filter((l) => /^\| `\d+` \|/.test(l))
      .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    expect(TRANG_THAI_HO_SO.closed).toBe(true);
    expect(TRANG_THAI_HO_SO.entries.map((e) => `${e.code} ${e.label.vi}`)).toEqual(table.map((r) => `${unquote(r[0])} ${r[1]}`));
  });

  it('keeps every low-confidence list open and says in its label or notes that codes are unverified', () => {
    for (const list of dossierModule.spec.codeLists.filter((c) => c.confidence === 'low')) {
      expect(list.closed, list.id).toBe(false);
      const text = [list.label.en, ...list.entries.map((e) => e.note?.en ?? '')].join(' ');
      expect(text, list.id).toMatch(/unverified|unknown/i);
    }
  });

  it('gives every entry a Vietnamese and an English label', () => {
    for (const kind of KINDS) for (const list of kind.codeLists) for (const e of list.entries) expect(e.label.vi && e.label.en, `${list.id} ${e.code}`).toBeTruthy();
  });
});

describe('every field of the dossier, progress and auxiliary kinds', () => {
  for (const kind of KINDS) {
    const objects = objectsOf(kind);
    const listIds = new Set([...kind.codeLists.map((c) => c.id), 'error_code']);

    it(`${kind.id}: codes resolve to a code list of the kind`, () => {
      const dangling = objects.flatMap((o) => o.fields.filter((f) => f.codes && !listIds.has(f.codes)).map((f) => `${o.id}.${f.name} → ${f.codes}`));
      expect(dangling).toEqual([]);
    });

    it(`${kind.id}: no object repeats a field name`, () => {
      for (const o of objects) expect(new Set(names(o)).size, o.id).toBe(o.fields.length);
    });

    it(`${kind.id}: every field has vi/en label and help and a spec reference`, () => {
      const bad = objects.flatMap((o) =>
        o.fields.filter((f) => !f.label.vi || !f.label.en || !f.help?.vi || !f.help?.en || !f.specRef.file || !f.specRef.section).map((f) => `${o.id}.${f.name}`),
      );
      expect(bad).toEqual([]);
    });

    it(`${kind.id}: every date is datetime14 and is not personal data`, () => {
      const dates = objects.flatMap((o) => o.fields.filter((f) => /^(Ngay|ThoiDiem)/.test(f.name)));
      expect(dates.length).toBeGreaterThan(0);
      for (const f of dates) expect(`${f.name} ${f.format} ${f.pii}`).toBe(`${f.name} datetime14 none`);
    });

    it(`${kind.id}: each packet's record is the spec of its records field`, () => {
      for (const p of kind.packets.filter((x) => x.recordsField)) {
        const f = fieldOf(p.envelope, p.recordsField!);
        expect(f.items ?? f.object, p.id).toBe(p.record);
      }
    });
  }

  it('masks personal data fail-closed: ids, names, contacts, TechIDs, file URLs, secrets', () => {
    const pii = (o: ObjectSpec, n: string) => fieldOf(o, n).pii;
    expect(['ChuHoSo', 'SoGiayToChuHoSo', 'Email', 'SoDienThoai', 'Fax', 'MaDoiTuong', 'TrichYeuHoSo'].map((n) => pii(record, n))).toEqual([
      'name',
      'idNumber',
      'email',
      'phone',
      'phone',
      'accountId',
      'freeText',
    ]);
    expect(pii(TAI_LIEU_NOP, 'DuongDanTaiTepTin')).toBe('url');
    expect(pii(child(record, 'DinhDanhCHS'), 'SoDinhDanh')).toBe('idNumber');
    const login = auxiliaryModule.spec.packets.find((p) => p.id === 'login.request')!;
    expect(pii(login.envelope, 'password')).toBe('secret');
    expect(pii(auxiliaryModule.spec.packets.find((p) => p.id === 'login.response')!.envelope, 'session')).toBe('secret');
  });
});

describe('packets', () => {
  it('keeps the stable packet ids', () => {
    expect(KINDS.flatMap((k) => k.packets.map((p) => p.id)).sort()).toEqual(
      [
        'DongBoHoSoMC',
        'CapNhatTienDoHoSoMC',
        'login.request',
        'login.response',
        'reply',
        'TraCuuHoSo.request',
        'TraCuuHoSo.response',
        'TraCuuTechID.request',
        'TraCuuTechID.response',
        'DongBoTrangThaiHoSo',
      ].sort(),
    );
  });

  it('DongBoHoSoMC requires isUpdating as "True"/"False"; CapNhatTienDoHoSoMC has no isUpdating', () => {
    expect(fieldOf(dossierModule.spec.packets[0].envelope, 'isUpdating')).toMatchObject({ required: 'M', format: 'trueFalse', type: 'string' });
    expect(names(progressModule.spec.packets[0].envelope)).not.toContain('isUpdating');
  });

  it('TraCuuHoSo.request carries the lower-case mahoso and no data', () => {
    const p = auxiliaryModule.spec.packets.find((x) => x.id === 'TraCuuHoSo.request')!;
    expect(names(p.envelope)).toContain('mahoso');
    expect(names(p.envelope)).not.toContain('data');
    expect(p.recordsField).toBeUndefined();
  });

  it('the generic reply accepts result items of any shape, silently', () => {
    const reply = auxiliaryModule.spec.packets.find((p) => p.id === 'reply')!;
    expect(reply.record).toMatchObject({ fields: [], unknownKeys: 'ignore' });
  });
});
