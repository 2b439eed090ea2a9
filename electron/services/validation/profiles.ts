/**
 * The validation profile a host's worker thread applies: the job's profile reference (a user
 * profile comes with its definition, loaded with the core's loadProfile exactly as the CLI loads a
 * profile file), or a built-in by id. A reference that cannot be applied fails the job with its
 * reason; it is never silently replaced by strict.
 */
import { ProfileCache, type ProfileResolution } from '../../../shared/validate/profileRef';
import type { WorkerJob } from './workerProtocol';

const cache = new ProfileCache();

/** The profile of a job (undefined: the core's default, strict), or why it cannot be applied. */
export function resolveJobProfile(job: Pick<WorkerJob, 'profile' | 'profileId'>): ProfileResolution | undefined {
  return cache.resolve(job.profile ?? job.profileId);
}
