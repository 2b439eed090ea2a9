import { describe, expect, it } from 'vitest';
import { KIND_MODULES } from '../spec/registry';
import { redactRequest, redactRequestWithPaths, secretKeyNames } from './redact';
import { scrubSecrets } from './scrub';

function keysDeep(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(k), keysDeep(v, out);
  return out;
}

describe('redactRequest', () => {
  it('removes session and password and keeps everything else', () => {
    const body = { session: 'tok', madonvi: 'x', service: 'DongBoHoSoMC', data: [{ MaHoSo: 'A' }] };
    expect(redactRequest(body)).toEqual({ madonvi: 'x', service: 'DongBoHoSoMC', data: [{ MaHoSo: 'A' }] });
    expect(redactRequest({ username: 'u', password: 'p' })).toEqual({ username: 'u' });
  });

  it('removes secrets wherever they are nested, whatever their letter case, and lists where', () => {
    const r = redactRequestWithPaths({ a: [{ Session: 'x', b: { PASSWORD: 'y', c: 1 } }] });
    expect(r.value).toEqual({ a: [{ b: { c: 1 } }] });
    expect(r.removed).toEqual(['a[0].Session', 'a[0].b.PASSWORD']);
  });

  it('does not modify its input', () => {
    const body = { session: 'tok', data: [{ password: 'p' }] };
    redactRequest(body);
    expect(body).toEqual({ session: 'tok', data: [{ password: 'p' }] });
  });

  it("leaves no field the spec marks secret in any packet's template", () => {
    const secrets = secretKeyNames();
    for (const m of KIND_MODULES) {
      for (const p of m.spec.packets) {
        let doc: unknown;
        try {
          doc = m.template(p.id);
        } catch {
          continue; // a packet without a template of its own
        }
        const left = keysDeep(redactRequest(doc)).filter((k) => secrets.has(k.toLowerCase()));
        expect(left, p.id).toEqual([]);
      }
    }
    expect(secrets.has('session')).toBe(true);
    expect(secrets.has('password')).toBe(true);
  });
});

describe('scrubSecrets', () => {
  it('blanks known secret values in free text', () => {
    expect(scrubSecrets('login failed for s3cr3t-pass at host', ['s3cr3t-pass'])).toBe('login failed for «đã ẩn» at host');
    expect(scrubSecrets('code 7 and 17', ['7'])).toBe('code «đã ẩn» and 17');
  });
});
