/**
 * A sending environment: where the DVCQG adapter (or a provincial gateway, or the local sandbox)
 * is, and how to talk to it (dossier.md §1.2 endpoints, §1.3 headers, §1.4 login).
 * The zod schema is the single description used by the environments store, the IPC contract
 * and the import/export files. The password is never part of it: it lives in a SecretStore.
 */
import { z } from 'zod';
import { pick, type Lang, type Localized } from '../i18n/localized';

/** `dstcode` of the DVCQG provider on the X-Road bus, sent on every call (dossier.md §1.3). */
export const DEFAULT_DSTCODE = 'VN:GOV:000.00.00.G22:vpcpdvcprovider';
/** Login path, seen in [CM] (dossier.md §1.2). */
export const DEFAULT_LOGIN_PATH = '/XrdAdapter/RestService/forward/mapi/login';
/** Data path of every push and of TraCuuHoSo / LayThuTuc, seen in all 23 [HG-LOG] calls (dossier.md §1.2). */
export const DEFAULT_DATA_PATH = '/XrdAdapter/RestService/forward/mapi/g';
/**
 * Share path (LayDanhSachTTHC, LayDanhMuc…, TraCuuTechID). The real path was never seen
 * (dossier.md §1.2 "share_endpoint (path not seen)"), so a new environment defaults to the data
 * path and the unit enters what its integration guide says.
 */
export const DEFAULT_SHARE_PATH = DEFAULT_DATA_PATH;
/** The sandbox portal serves share services on this separate path too, so the distinction is exercised. */
export const SANDBOX_SHARE_PATH = '/XrdAdapter/RestService/forward/mapi/share';
/** Default port of the sandbox portal (QCVN "120"), so the built-in Sandbox environment works out of the box. */
export const SANDBOX_DEFAULT_PORT = 8120;
/** Sandbox credentials unless configured otherwise. Not secrets: printed by the sandbox on start. */
export const SANDBOX_USERNAME = 'sandbox';
export const SANDBOX_PASSWORD = 'sandbox';
/** Id of the built-in Sandbox environment. */
export const SANDBOX_ENVIRONMENT_ID = 'sandbox';
/**
 * The built-in Sandbox environment's name in both languages. Stored environments keep a plain
 * `name` (the Vietnamese one for the Sandbox, as every stored file already has it); the name is
 * shown in the interface's language while it is still one of these (environmentName).
 */
export const SANDBOX_ENVIRONMENT_NAME: Localized = { vi: 'Sandbox (cổng thử nghiệm cục bộ)', en: 'Sandbox (local test portal)' };

/**
 * [OC] reuses a session for 10 minutes before logging in again (dossier.md §1.4 item 4): its
 * own choice, not a portal rule, and a sensible default.
 */
export const DEFAULT_SESSION_MAX_AGE_MS = 10 * 60 * 1000;
/**
 * Default records per request. [TD] sends progress steps in batches of 10 (dossier.md §3.1);
 * both one-per-call and batches were accepted (§6 "progress batching").
 */
export const DEFAULT_CHUNK_SIZE = 10;

const path = z.string().regex(/^\/[^\s?#]*$/, { error: 'must start with / and contain no spaces, ? or #' });

/** Per-environment deadlines. */
export const TimeoutsSchema = z.object({
  /** Login call, whole exchange. */
  loginMs: z.number().int().min(500).max(600_000).default(15_000),
  /** One data call, whole exchange (connect, send, wait, read). */
  requestMs: z.number().int().min(500).max(600_000).default(30_000),
});

/** One environment, as stored, imported, exported and sent over IPC. */
export const EnvironmentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  name: z.string().trim().min(1).max(100),
  /** Shown everywhere the environment is named (PEERS.md §2.5). */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  kind: z.enum(['test', 'production']),
  /** Adapter base URL, e.g. `https://adapter.example.gov.vn` (no trailing path needed). */
  baseUrl: z.url({ protocol: /^https?$/ }),
  loginPath: path.default(DEFAULT_LOGIN_PATH),
  dataPath: path.default(DEFAULT_DATA_PATH),
  sharePath: path.default(DEFAULT_SHARE_PATH),
  dstcode: z.string().trim().min(1).max(200).default(DEFAULT_DSTCODE),
  /** Connecting unit code filled into every envelope (dossier.md §1.5 `madonvi`); may be empty until set. */
  madonvi: z.string().trim().max(100).default(''),
  username: z.string().max(200).default(''),
  timeouts: TimeoutsSchema.default({ loginMs: 15_000, requestMs: 30_000 }),
  chunkSize: z.number().int().min(1).max(1000).default(DEFAULT_CHUNK_SIZE),
  sessionMaxAgeMs: z.number().int().min(10_000).max(24 * 3600 * 1000).default(DEFAULT_SESSION_MAX_AGE_MS),
  /** The built-in Sandbox environment (cannot be deleted; can be edited, e.g. its port). */
  builtIn: z.boolean().optional(),
});

export type Environment = z.infer<typeof EnvironmentSchema>;
export type EnvironmentInput = z.input<typeof EnvironmentSchema>;

/** What the UI lists: the environment plus whether a password is stored (never the password). */
export interface EnvironmentSummary extends Environment {
  hasPassword: boolean;
}

/** The built-in Sandbox environment, pointing at the local sandbox portal. */
export function sandboxEnvironment(port: number = SANDBOX_DEFAULT_PORT): Environment {
  return EnvironmentSchema.parse({
    id: SANDBOX_ENVIRONMENT_ID,
    name: SANDBOX_ENVIRONMENT_NAME.vi,
    colour: '#2e7d32',
    kind: 'test',
    baseUrl: `http://127.0.0.1:${port}`,
    sharePath: SANDBOX_SHARE_PATH,
    madonvi: '000.00.01.H22',
    username: SANDBOX_USERNAME,
    builtIn: true,
  });
}

/**
 * An environment's name in both languages: the built-in Sandbox's as long as the user has not
 * renamed it (its stored name is still one of the two), any other name as written.
 */
export function environmentNames(env: { id: string; name: string }): Localized {
  const builtInName = env.id === SANDBOX_ENVIRONMENT_ID && (env.name === SANDBOX_ENVIRONMENT_NAME.vi || env.name === SANDBOX_ENVIRONMENT_NAME.en);
  return builtInName ? SANDBOX_ENVIRONMENT_NAME : { vi: env.name, en: env.name };
}

/** An environment's name in one language (environmentNames). */
export function environmentName(env: { id: string; name: string }, lang: Lang): string {
  return pick(environmentNames(env), lang);
}

/** Full URL of one of the environment's endpoints. */
export function endpointUrl(env: Pick<Environment, 'baseUrl' | 'loginPath' | 'dataPath' | 'sharePath'>, endpoint: 'login' | 'data' | 'share'): string {
  const base = env.baseUrl.replace(/\/+$/, '');
  const p = endpoint === 'login' ? env.loginPath : endpoint === 'data' ? env.dataPath : env.sharePath;
  return base + p;
}

/** A URL safe to show or store: user info (`user:pass@`) removed. */
export function displayUrl(url: string): string {
  return url.replace(/^(https?:\/\/)[^/@]*@/i, '$1');
}
