/**
 * What the hosts report about the core in `app:info` and the Help menu: the version of the packet
 * reference and the built-in validation profiles.
 */
import type { AppInfo } from '../../shared/ipc/contract';

/** The spec version and profiles (id, version, name) of the bundled core. */
export function coreInfo(): Pick<AppInfo, 'specVersion' | 'profiles'> {
  return { specVersion: 'unknown', profiles: [] };
}
