import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ref } from '../spec/common';
import { DOSSIER_KIND } from '../spec/kinds/dossierSpec';
import { createMasker, isMaskedText } from '../mask/index';
import { batchArb, survivingIdentifiers } from '../mask/testing';
import { issue, reportOf } from '../report/testing';
import { buildEvidencePack } from './index';
import { SAMPLES_DIR } from '../../tests/support/reference';

const packets = DOSSIER_KIND.packets;
const sample = (name: string) => readFileSync(join(SAMPLES_DIR, 'dossier', name), 'utf8');
const META = { appVersion: '0.1.0', specVersion: 'qcvn120-ref-2025.1', generatedAt: Date.UTC(2024, 2, 12, 1, 30) };
const report = reportOf([
  issue({
    code: 'dossier.create-exists',
    path: 'isUpdating',
    severity: 'warning',
    message: { vi: 'Hồ sơ 000.21.30.H22-240312-0007 của Nguyễn Thị Minh Hằng đã có trên Cổng', en: 'Dossier of Nguyễn Thị Minh Hằng already exists' },
    specRef: ref('dossier.md', '§5', 1),
  }),
]);

describe('evidence pack', () => {
  it('bundles the masked packet, the masked reply with its explanation, the issues in both languages and verifiable checksums', async () => {
    const res = await buildEvidencePack({
      packet: sample('01-dongbohosomc-create-online-valid.json'),
      packetName: 'hoso-002190012345.json',
      reply: sample('09-response-duplicate-create.json'),
      report,
      masker: createMasker({ packets, seed: 4 }),
      meta: META,
      sentAt: Date.UTC(2024, 2, 12, 1, 29),
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const { data, json, html } = res.pack;
    expect(data.parts.map((p) => p.name)).toEqual(['packet.json', 'reply.json', 'issues.json']);
    // Anyone can recompute the checksums from the JSON file with another SHA-256 implementation.
    const reread = JSON.parse(json) as typeof data;
    for (const p of reread.parts) {
      expect(p.sha256).toBe(createHash('sha256').update(p.text, 'utf8').digest('hex'));
      expect(p.bytes).toBe(Buffer.byteLength(p.text, 'utf8'));
      expect(html).toContain(p.sha256);
    }
    expect(isMaskedText(data.parts[0].text)).toBe(true);
    expect(data.replyExplanation).toMatchObject({ code: '-3', status: 'already-exists' });
    expect(data.issues[0].specRef).toEqual({ vi: 'dossier.md §5, mục 1', en: 'dossier.md §5, row 1' });
    expect(data).toMatchObject({ specVersion: 'qcvn120-ref-2025.1', app: { version: '0.1.0' }, profile: { id: 'strict' }, createdAtVietnam: '12/03/2024 08:30', sentAt: '2024-03-12T01:29:00.000Z' });
    // No personal data of the sample anywhere: name (also inside an issue message), CCCD (also in the file name), phone, e-mail.
    for (const leak of ['Nguyễn Thị Minh Hằng', '002190012345', '0912345678', 'hang.ntm@example.vn', '<session-token-from-login>']) {
      expect(json).not.toContain(leak);
      expect(html).not.toContain(leak);
    }
    // The dossier number is not personal: the vendor needs it to find the case.
    expect(json).toContain('000.21.30.H22-240312-0007');
    expect(html).not.toMatch(/<script|\s(src|href)\s*=/i);
    expect(html).toContain('Gói bằng chứng gửi nhà cung cấp');
    expect(html).toContain('Evidence pack for the vendor');
  });

  it('fails closed: a packet that cannot be masked gives no pack, and says why', async () => {
    const res = await buildEvidencePack({ packet: '{"ChuHoSo": "Lê Văn Tám", ', packetName: 'hong.json', report, masker: createMasker({ packets, seed: 1 }), meta: META });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.vi).toContain('hong.json');
    expect(res.error.en).toContain('could not be masked');
    expect(res.error.vi + res.error.en).not.toContain('Lê Văn Tám');
  });

  it('no id, phone or e-mail survives in the pack (HTML or JSON), whatever the packet and reply', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, fc.integer(), async ({ people, files }, seed) => {
        const masker = createMasker({ packets, seed, keepStructure: seed % 2 === 0 });
        files.forEach((f) => masker.learn(f));
        const p = people[0];
        const res = await buildEvidencePack({
          packet: files[0],
          packetName: `${p.cccd}.json`,
          reply: `HTTP 502 from proxy; contact ${p.email} or ${p.phone}`,
          report: reportOf([issue({ code: 'x', path: 'data[0].SoDienThoai', message: { vi: `Số ${p.phone} sai`, en: `Phone ${p.phone} wrong` } })]),
          masker,
          meta: META,
        });
        expect(res.ok).toBe(true);
        if (!res.ok) return;
        expect(survivingIdentifiers(res.pack.json, people)).toEqual([]);
        expect(survivingIdentifiers(res.pack.html, people)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
