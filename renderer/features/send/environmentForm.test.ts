import { describe, expect, it } from 'vitest';
import { sandboxEnvironment, type EnvironmentSummary } from '../../../shared/portal/environment';
import { formOf, readForm, type FormField } from './environmentForm';

const labels = new Proxy({} as Record<FormField, { vi: string; en: string }>, { get: (_t, k) => ({ vi: `nhãn ${String(k)}`, en: `label ${String(k)}` }) });

describe('environment form', () => {
  it('round-trips an environment: seconds and minutes in the form, milliseconds in the environment', () => {
    const env: EnvironmentSummary = { ...sandboxEnvironment(8120), timeouts: { loginMs: 2500, requestMs: 45_000 }, hasPassword: true };
    const form = formOf(env);
    expect(form).toMatchObject({ loginTimeoutSeconds: '2.5', requestTimeoutSeconds: '45', sessionMinutes: '10', hasPassword: true, builtIn: true });
    // The built-in's name in the interface's language.
    expect(formOf(env, 'en').name).toBe('Sandbox (local test portal)');
    expect(form.name).toBe('Sandbox (cổng thử nghiệm cục bộ)');
    const read = readForm(form, labels);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.environment).toMatchObject({ id: 'sandbox', timeouts: { loginMs: 2500, requestMs: 45_000 }, sessionMaxAgeMs: 600_000, baseUrl: 'http://127.0.0.1:8120' });
      // An empty password field keeps the stored one: nothing is sent for it.
      expect('password' in read).toBe(false);
    }
  });

  it('checks with the service\'s schema and names each faulty field in both languages', () => {
    const form = { ...formOf(), name: '  ', colour: 'red', baseUrl: 'ftp://portal', loginPath: 'no-slash', requestTimeoutSeconds: 'ba mươi' };
    const read = readForm(form, labels);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(Object.keys(read.errors).sort()).toEqual(['baseUrl', 'colour', 'loginPath', 'name', 'requestTimeoutSeconds']);
      expect(read.errors.baseUrl!.vi).toContain('nhãn baseUrl');
      expect(read.errors.baseUrl!.en).toContain('label baseUrl');
      expect(read.errors.requestTimeoutSeconds!.en).toContain('must be a number');
    }
  });

  it('a new environment has no id (the store makes one) and carries a typed password; removing one sends null', () => {
    const read = readForm({ ...formOf(), name: 'Cổng tỉnh', baseUrl: 'https://adapter.example.gov.vn', password: 's3cret' }, labels);
    expect(read.ok && !('id' in read.environment)).toBe(true);
    expect(read.ok && read.password).toBe('s3cret');
    const removed = readForm({ ...formOf(), name: 'X', baseUrl: 'https://a.vn', password: 'ignored', removePassword: true }, labels);
    expect(removed.ok && removed.password).toBeNull();
  });

  it('refuses a timeout the schema does not allow (below half a second)', () => {
    const read = readForm({ ...formOf(), name: 'X', baseUrl: 'https://a.vn', loginTimeoutSeconds: '0.1' }, labels);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(Object.keys(read.errors)).toEqual(['loginTimeoutSeconds']);
  });
});
