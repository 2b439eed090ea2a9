import { describe, expect, it } from 'vitest';
import { fill } from '../i18n/localized';
import { environmentName, environmentNames, SANDBOX_ENVIRONMENT_NAME, sandboxEnvironment } from './environment';

describe('environment names', () => {
  it('shows the built-in Sandbox in the interface language, as stored files already name it', () => {
    const sandbox = sandboxEnvironment();
    // Stored environments keep the Vietnamese name they always had.
    expect(sandbox.name).toBe('Sandbox (cổng thử nghiệm cục bộ)');
    expect(environmentName(sandbox, 'vi')).toBe('Sandbox (cổng thử nghiệm cục bộ)');
    expect(environmentName(sandbox, 'en')).toBe('Sandbox (local test portal)');
    // Saved from the English editor, it is still the built-in name.
    expect(environmentName({ ...sandbox, name: SANDBOX_ENVIRONMENT_NAME.en }, 'vi')).toBe('Sandbox (cổng thử nghiệm cục bộ)');
  });

  it('keeps a name the user gave, and any other environment\'s name, as written', () => {
    expect(environmentName({ ...sandboxEnvironment(), name: 'Cổng thử của tôi' }, 'en')).toBe('Cổng thử của tôi');
    expect(environmentNames({ id: 'hcm-test', name: SANDBOX_ENVIRONMENT_NAME.vi })).toEqual({ vi: SANDBOX_ENVIRONMENT_NAME.vi, en: SANDBOX_ENVIRONMENT_NAME.vi });
  });

  it('fills messages in each language with the name in that language', () => {
    const message = fill({ vi: 'Đang đăng nhập {name}… ({n})', en: 'Logging in to {name}… ({n})' }, { name: environmentNames(sandboxEnvironment()), n: 2 });
    expect(message).toEqual({ vi: 'Đang đăng nhập Sandbox (cổng thử nghiệm cục bộ)… (2)', en: 'Logging in to Sandbox (local test portal)… (2)' });
  });
});
