/**
 * What the hosts report about the core in `app:info` and the Help menu: the version of the packet
 * reference and the built-in validation profiles.
 */
import type { AppInfo } from '../../shared/ipc/contract';
import { BUILTIN_PROFILES } from '../../shared/index';
import { SPEC_VERSION } from '../../shared/spec/version';

/** The spec version and profiles (id, version, name) of the bundled core. */
export function coreInfo(): Pick<AppInfo, 'specVersion' | 'profiles'> {
  return {
    specVersion: SPEC_VERSION,
    profiles: Object.values(BUILTIN_PROFILES).map((p) => ({ id: p.id, version: p.version, name: p.name, source: 'built-in' })),
  };
}
