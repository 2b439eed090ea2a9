/**
 * The portal session per environment, kept in memory only (never written to disk, never
 * returned to the renderer). The token's lifetime is undocumented (dossier.md §1.4 item 4), so it
 * is reused up to the environment's `sessionMaxAgeMs` and renewed earlier when the portal refuses it.
 */
import type { Environment } from '../../../shared/portal/environment';

interface Entry {
  session: string;
  obtainedAt: number;
}

/** Sessions by environment; the key includes the address and account so an edited environment logs in afresh. */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly now: () => number = Date.now) {}

  private key(env: Pick<Environment, 'id' | 'baseUrl' | 'loginPath' | 'username'>): string {
    return `${env.id}\u0000${env.baseUrl}\u0000${env.loginPath}\u0000${env.username}`;
  }

  /** The cached session when younger than the environment's maximum age. */
  get(env: Environment): string | undefined {
    const e = this.entries.get(this.key(env));
    if (!e) return undefined;
    if (this.now() - e.obtainedAt >= env.sessionMaxAgeMs) {
      this.entries.delete(this.key(env));
      return undefined;
    }
    return e.session;
  }

  /** Remembers a fresh session. */
  set(env: Environment, session: string): void {
    this.entries.set(this.key(env), { session, obtainedAt: this.now() });
  }

  /** Forgets the session of an environment (refused by the portal, or the environment changed). */
  invalidate(env: Environment): void {
    this.entries.delete(this.key(env));
  }

  /** Forgets every session whose environment id is `id` (used when an environment is edited or deleted). */
  invalidateId(id: string): void {
    for (const k of [...this.entries.keys()]) if (k.startsWith(`${id}\u0000`)) this.entries.delete(k);
  }
}
