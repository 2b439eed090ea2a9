import { describe, expect, it } from 'vitest';
import { explainReply, normaliseErrorCode, readReplyText, readReplyValue } from './reply';
import { alreadyExistsMessage, isSessionRefusedMessage, SESSION_REFUSED_MESSAGE } from './errorCodes';

describe('readReplyText', () => {
  it('reads the observed success reply and keeps error_code as sent', () => {
    const r = readReplyText('{"error_code":"0","message":"Thành công"}');
    expect(r.ok && r.reply.errorCode).toBe('0');
    expect(r.ok && r.reply.rawErrorCode).toBe('0');
    expect(r.ok && r.reply.message).toBe('Thành công');
  });

  it('accepts a numeric error_code (dossier.md §1.6: [OC] parses it as a number)', () => {
    const r = readReplyText('{"error_code":0,"message":"Thành công"}');
    expect(r.ok && r.reply.errorCode).toBe('0');
  });

  it('calls an empty body an empty reply and an HTML page a malformed one', () => {
    expect(readReplyText('  \n')).toMatchObject({ ok: false, kind: 'empty-reply' });
    const html = readReplyText('<html><body>Bad Gateway</body></html>');
    expect(html).toMatchObject({ ok: false, kind: 'malformed-reply' });
    expect(!html.ok && html.detail).toContain('Bad Gateway');
  });

  it('calls JSON without an integer error_code malformed', () => {
    expect(readReplyText('{"message":"x"}')).toMatchObject({ ok: false, kind: 'malformed-reply' });
    expect(readReplyText('{"error_code":"abc"}')).toMatchObject({ ok: false, kind: 'malformed-reply' });
    expect(readReplyText('[1,2]')).toMatchObject({ ok: false, kind: 'malformed-reply' });
  });

  it('never keeps the login session in the reply body', () => {
    const r = readReplyValue({ error_code: 0, message: 'Thành công', session: 'tok-123' });
    expect(r.ok && r.reply.hasSession).toBe(true);
    expect(JSON.stringify(r)).not.toContain('tok-123');
  });
});

describe('normaliseErrorCode', () => {
  it('compares numerically: "0", 0 and " 00 " are the same code', () => {
    expect(normaliseErrorCode('0')).toBe('0');
    expect(normaliseErrorCode(0)).toBe('0');
    expect(normaliseErrorCode(' 00 ')).toBe('0');
    expect(normaliseErrorCode('-3')).toBe('-3');
    expect(normaliseErrorCode(1.5)).toBeUndefined();
    expect(normaliseErrorCode(null)).toBeUndefined();
  });
});

describe('explainReply', () => {
  it('explains success', () => {
    const e = explainReply({ error_code: '0', message: 'Thành công' });
    expect(e.status).toBe('success');
    expect(e.suggestion).toBe('none');
  });

  it('explains "-3" as already exists and suggests sending again as an update, keeping the portal message', () => {
    const msg = alreadyExistsMessage('000.21.30.H22-240312-0007');
    const e = explainReply({ error_code: '-3', message: msg });
    expect(e.status).toBe('already-exists');
    expect(e.suggestion).toBe('send-as-update');
    expect(e.portalMessage).toBe(msg);
    expect(e.action.vi).toContain('cập nhật');
    expect(e.action.en).toMatch(/update/i);
  });

  it('treats "3" like "-3" but says it was never observed', () => {
    const e = explainReply({ error_code: '3', message: 'Mã hồ sơ X đã tồn tại' });
    expect(e.status).toBe('already-exists');
    expect(e.explanation.en).toMatch(/never observed/);
  });

  it('says an unknown code is unknown, in both languages', () => {
    const e = explainReply({ error_code: '-42', message: 'Lỗi gì đó' });
    expect(e.status).toBe('unknown-error');
    expect(e.known).toBe(false);
    expect(e.title.vi).toContain('-42');
    expect(e.explanation.vi).toMatch(/không rõ/);
    expect(e.explanation.en).toMatch(/unknown/);
  });

  it('labels the sandbox codes as sandbox conventions, not real portal codes', () => {
    const e = explainReply({ error_code: '-4', message: 'Mã hồ sơ X chưa tồn tại trên CDVCQG' });
    expect(e.sandboxCode).toBe(true);
    expect(e.explanation.en).toMatch(/never observed on the real DVCQG/);
    expect(e.suggestion).toBe('fix-and-resend');
  });

  it('recognises a refused session by its message, and only then', () => {
    expect(isSessionRefusedMessage('Session expired')).toBe(true);
    expect(isSessionRefusedMessage('Phiên đăng nhập đã hết hạn')).toBe(true);
    expect(isSessionRefusedMessage('Phiên bản dữ liệu không hợp lệ')).toBe(false);
    expect(isSessionRefusedMessage('Mã hồ sơ không hợp lệ')).toBe(false);
    const e = explainReply({ error_code: '-2', message: SESSION_REFUSED_MESSAGE });
    expect(e.title.en).toBe('Session refused');
    expect(e.suggestion).toBe('retry');
  });

  it('explains a malformed reply instead of throwing', () => {
    for (const bad of [null, 'text', 42, [], { message: 'no code' }]) {
      const e = explainReply(bad);
      expect(e.status).toBe('malformed');
      expect(e.explanation.vi.length).toBeGreaterThan(0);
      expect(e.explanation.en.length).toBeGreaterThan(0);
    }
  });
});
