import { describe, expect, it } from 'vitest';
import { makeFault } from '../../../shared/portal/faults';
import { explainReply } from '../../../shared/portal/reply';
import type { ChunkResult, SendResult } from '../../../shared/portal/result';
import { canRetry, mayHaveArrived, retryOptions, retryRecordsOf, updateOptions, updateRecordsOf } from './sendFlow';

function chunk(index: number, records: number[], over: Partial<ChunkResult>): ChunkResult {
  return { index, service: 'DongBoHoSoMC', url: 'http://x/g', recordIndexes: records, maHoSo: records.map((r) => `M-${r}`), request: {}, status: 'success', relogins: 0, ...over };
}

function result(outcome: SendResult['outcome'], chunks: ChunkResult[], over: Partial<SendResult> = {}): SendResult {
  return {
    sendId: 's',
    environment: { id: 'sandbox', name: 'Sandbox', kind: 'test', colour: '#2e7d32' },
    startedAt: '2025-03-01T00:00:00Z',
    durationMs: 5,
    outcome,
    chunks,
    recordCount: chunks.reduce((n, c) => n + c.recordIndexes.length, 0),
    decisions: [],
    undecided: [],
    notices: [],
    ...over,
  };
}

const exists = explainReply({ error_code: '-3', message: 'Mã hồ sơ M-2 đã tồn tại trên CDVCQG' });
const timeout = makeFault('timeout', { url: 'http://x/g', timeoutMs: 30_000, phase: 'send' });

describe('follow-ups of a send', () => {
  it('"send again as update" concerns exactly the records the portal said already exist', () => {
    const r = result('portal-error', [
      chunk(0, [0, 1], { status: 'success', explanation: explainReply({ error_code: '0', message: 'Thành công' }) }),
      chunk(1, [2, 3], { status: 'portal-error', isUpdating: 'False', explanation: exists }),
      chunk(2, [4], { status: 'portal-error', explanation: explainReply({ error_code: '-99', message: '?' }) }),
    ]);
    expect(updateRecordsOf(r)).toEqual([2, 3]);
    expect(updateOptions({ isUpdating: 'document', chunkSize: 2 }, [2, 3])).toEqual({ isUpdating: 'True', chunkSize: 2, onlyRecords: [2, 3] });
    // A business error is never retried as it is: the user fixes or sends as update.
    expect(canRetry(r)).toBe(false);
  });

  it('a retry after a fault resends the failed request and those not sent after it, with the same options', () => {
    const r = result('fault', [
      chunk(0, [0, 1], { status: 'success' }),
      chunk(1, [2, 3], { status: 'fault', isUpdating: 'False', fault: timeout }),
      chunk(2, [4], { status: 'not-sent' }),
    ]);
    expect(canRetry(r)).toBe(true);
    expect(retryRecordsOf(r)).toEqual([2, 3, 4]);
    expect(retryOptions({ isUpdating: 'False' }, r)).toEqual({ isUpdating: 'False', onlyRecords: [2, 3, 4] });
    // The timed-out create may have arrived: the dialog warns before anyone retries.
    expect(mayHaveArrived(r)).toBe('create');
  });

  it('a fault before any request (login, lookup) retries the whole send as it was', () => {
    const r = result('fault', [], { fault: makeFault('refused', { url: 'http://127.0.0.1:8120/login', phase: 'login' }) });
    expect(canRetry(r)).toBe(true);
    expect(retryOptions({ isUpdating: 'auto', onlyRecords: [1] }, r)).toEqual({ isUpdating: 'auto', onlyRecords: [1] });
    expect(mayHaveArrived(r)).toBeUndefined();
  });

  it('says a progress push may be recorded twice, and a refused connection reached nothing', () => {
    const progress = result('fault', [chunk(0, [0], { service: 'CapNhatTienDoHoSoMC', status: 'fault', fault: makeFault('connection-lost', { url: 'u', phase: 'send' }) })]);
    expect(mayHaveArrived(progress)).toBe('push');
    const refused = result('fault', [chunk(0, [0], { status: 'fault', isUpdating: 'False', fault: makeFault('refused', { url: 'u', phase: 'send' }) })]);
    expect(mayHaveArrived(refused)).toBeUndefined();
  });

  it('offers nothing after a success', () => {
    const r = result('success', [chunk(0, [0], { status: 'success' })]);
    expect(canRetry(r)).toBe(false);
    expect(updateRecordsOf(r)).toEqual([]);
  });
});
