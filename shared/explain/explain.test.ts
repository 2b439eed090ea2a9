import { describe, expect, it } from 'vitest';
import { explainPaste, extractJsonBodies } from './index';

const record = (maHoSo: string, status: string) => ({
  MaHoSo: maHoSo,
  MaTTHC: '3.000181.000.00.00.H22',
  TenTTHC: 'Tuyển sinh trung học phổ thông',
  ChuHoSo: 'Đinh Gia Bảo',
  NgayTiepNhan: '20220328081502',
  NgayHenTra: '',
  TrangThaiHoSo: status,
});
const request = (isUpdating: string, status: string) =>
  JSON.stringify({
    session: '<token>',
    madonvi: '000.00.01.H22',
    service: 'DongBoHoSoMC',
    data: [record('000.24.03.H22-220328-0001', status), record('000.24.03.H22-220328-0002', status)],
    isUpdating,
  });

/** Shaped like the Hà Giang RestSharp logs (dossier.md §7 [HG-LOG]): request, response line, content. */
const LOG = `2022-03-28 08:15:02.317 [ERROR] OnegateController.DongBoHoSoMC
Request body: ${request('False', '1')}
Response: StatusCode: OK, Content-Type: application/json;charset=utf-8, Content-Length: 96
Content: {"error_code":"-3","message":"Mã hồ sơ 000.24.03.H22-220328-0002 đã tồn tại trên CDVCQG"}
ResponseUri: https://adapter.example/XrdAdapter/RestService/forward/mapi/g
2022-03-28 08:15:03.004 [INFO] resend as update
Request body: ${request('True', '2')}
Response: StatusCode: OK, Content-Type: application/json;charset=utf-8
Content: {"error_code":"0","message":"Thành công"}
`;

describe('reply explainer', () => {
  it('explains -3 in a log excerpt and points at the record whose MaHoSo the portal names', () => {
    const res = explainPaste(LOG);
    expect(res.exchanges).toHaveLength(2);
    const [refused, accepted] = res.exchanges;
    expect(refused.requestSource).toBe('log');
    expect((refused.request as { isUpdating: string }).isUpdating).toBe('False');
    expect(refused.explanation).toMatchObject({ status: 'already-exists', code: '-3', suggestion: 'send-as-update' });
    expect(refused.records.map((r) => [r.path, r.recordIndex, r.maHoSo])).toEqual([['data[1].MaHoSo', 1, '000.24.03.H22-220328-0002']]);
    expect(refused.records[0].reason.vi).toContain('000.24.03.H22-220328-0002');
    expect(refused.replyAt.line).toBe(4);
    expect(refused.requestAt?.line).toBe(2);
    expect(refused.httpStatus).toBe('OK');
    // The second reply pairs with the second request, not the first.
    expect((accepted.request as { isUpdating: string }).isUpdating).toBe('True');
    expect(accepted.explanation.status).toBe('success');
    expect(accepted.records).toEqual([]);
  });

  it('pairs a bare pasted reply with the packet open in the app', () => {
    const packet = JSON.parse(request('False', '1'));
    const res = explainPaste('{"error_code": "-3", "message": "Mã hồ sơ 000.24.03.H22-220328-0001 đã tồn tại trên CDVCQG"}', { packet });
    expect(res.exchanges[0].requestSource).toBe('packet');
    expect(res.exchanges[0].records.map((r) => r.path)).toEqual(['data[0].MaHoSo']);
    expect(explainPaste('{"error_code":"-3","message":"x"}').exchanges[0].requestSource).toBe('none');
  });

  it('finds bodies escaped inside a JSON log line', () => {
    const line = JSON.stringify({ level: 'error', at: '2022-05-17T09:00:00', request: request('False', '1'), response: '{"error_code":"-3","message":"Mã hồ sơ 000.24.03.H22-220328-0001 đã tồn tại trên CDVCQG"}', status: 200 });
    const res = explainPaste(`log: ${line}`);
    expect(res.exchanges).toHaveLength(1);
    expect(res.exchanges[0].requestSource).toBe('log');
    expect(res.exchanges[0].records.map((r) => r.path)).toEqual(['data[0].MaHoSo']);
    expect(extractJsonBodies(`x "${'{\\"a\\":1}'}" y`).map((b) => [b.value, b.source])).toEqual([[{ a: 1 }, 'escaped']]);
  });

  it('says so when the paste holds no reply', () => {
    expect(explainPaste('[ERROR] timeout after 30s').problem?.en).toBe('No JSON body was found in the pasted text.');
    expect(explainPaste(request('False', '1')).problem?.vi).toContain('error_code');
  });

  it('points at a field the message of an unknown error names', () => {
    const res = explainPaste(`${request('True', '2')}\n{"error_code":"-9","message":"Trường NgayTiepNhan không đúng định dạng"}`);
    expect(res.exchanges[0].explanation.status).toBe('unknown-error');
    expect(res.exchanges[0].records.map((r) => r.path)).toEqual(['data[0].NgayTiepNhan', 'data[1].NgayTiepNhan']);
  });
});
