import { describe, expect, it } from 'vitest';
import { kindModule } from '../spec/registry';
import { detectService } from './detectService';

const records = (kind: 'dossier' | 'progress') => (kindModule(kind).template() as { data: Record<string, unknown>[] }).data;

describe('detectService', () => {
  it('recognises a bare array of dossier records and of progress steps', () => {
    expect(detectService(records('dossier')).service).toBe('DongBoHoSoMC');
    expect(detectService(records('progress')).service).toBe('CapNhatTienDoHoSoMC');
    expect(detectService(records('dossier')[0]).service).toBe('DongBoHoSoMC');
    expect(detectService(records('progress')).notice?.en).toContain('CapNhatTienDoHoSoMC');
  });

  it('does not turn the records of a reply into something to send', () => {
    const reply = kindModule('procedure').template('LayThuTuc.response') as { result: unknown[] };
    expect(detectService(reply.result).service).toBeUndefined();
  });

  it('leaves an envelope and unrecognisable input alone', () => {
    expect(detectService({ service: 'X', data: [] })).toEqual({});
    expect(detectService([{ a: 1 }]).service).toBeUndefined();
    expect(detectService('text')).toEqual({});
  });
});
