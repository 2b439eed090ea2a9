/**
 * The environment editor's form as plain data: text fields as typed (timeouts in seconds, the
 * session age in minutes, which people read more easily than milliseconds), turned into an
 * environment and checked with the very zod schema the service uses (shared/portal/environment.ts),
 * so the form and the store can never disagree about what is valid.
 */
import { environmentName, EnvironmentSchema, type EnvironmentInput, type EnvironmentSummary, DEFAULT_CHUNK_SIZE, DEFAULT_DATA_PATH, DEFAULT_DSTCODE, DEFAULT_LOGIN_PATH, DEFAULT_SESSION_MAX_AGE_MS, DEFAULT_SHARE_PATH } from '../../../shared/portal/environment';
import { zodIssueMessages } from '../../../shared/portal/zodMessages';
import type { Lang, Localized } from '../../../shared/i18n/localized';
import { translate } from '../../i18n/dictionary';

export interface EnvironmentForm {
  /** Absent for a new environment (the store makes one from the name). */
  id?: string;
  builtIn: boolean;
  name: string;
  colour: string;
  kind: 'test' | 'production';
  baseUrl: string;
  loginPath: string;
  dataPath: string;
  sharePath: string;
  dstcode: string;
  madonvi: string;
  username: string;
  loginTimeoutSeconds: string;
  requestTimeoutSeconds: string;
  chunkSize: string;
  sessionMinutes: string;
  /** A new password; empty keeps the stored one. */
  password: string;
  /** Remove the stored password on save. */
  removePassword: boolean;
  hasPassword: boolean;
}

export type FormField = Exclude<keyof EnvironmentForm, 'id' | 'builtIn' | 'hasPassword' | 'removePassword'>;

/** The form of an existing environment (the built-in's name in the interface's language), or of a new one (test, with the default paths). */
export function formOf(env?: EnvironmentSummary, lang: Lang = 'vi'): EnvironmentForm {
  if (!env) {
    return {
      builtIn: false,
      name: '',
      colour: '#1565c0',
      kind: 'test',
      baseUrl: 'https://',
      loginPath: DEFAULT_LOGIN_PATH,
      dataPath: DEFAULT_DATA_PATH,
      sharePath: DEFAULT_SHARE_PATH,
      dstcode: DEFAULT_DSTCODE,
      madonvi: '',
      username: '',
      loginTimeoutSeconds: '15',
      requestTimeoutSeconds: '30',
      chunkSize: String(DEFAULT_CHUNK_SIZE),
      sessionMinutes: String(DEFAULT_SESSION_MAX_AGE_MS / 60_000),
      password: '',
      removePassword: false,
      hasPassword: false,
    };
  }
  return {
    id: env.id,
    builtIn: Boolean(env.builtIn),
    name: environmentName(env, lang),
    colour: env.colour,
    kind: env.kind,
    baseUrl: env.baseUrl,
    loginPath: env.loginPath,
    dataPath: env.dataPath,
    sharePath: env.sharePath,
    dstcode: env.dstcode,
    madonvi: env.madonvi,
    username: env.username,
    loginTimeoutSeconds: String(env.timeouts.loginMs / 1000),
    requestTimeoutSeconds: String(env.timeouts.requestMs / 1000),
    chunkSize: String(env.chunkSize),
    sessionMinutes: String(env.sessionMaxAgeMs / 60_000),
    password: '',
    removePassword: false,
    hasPassword: env.hasPassword,
  };
}

/** Where a schema path lands in the form. */
function fieldOfPath(path: readonly PropertyKey[]): FormField | undefined {
  const [a, b] = path;
  if (a === 'timeouts') return b === 'loginMs' ? 'loginTimeoutSeconds' : 'requestTimeoutSeconds';
  if (a === 'sessionMaxAgeMs') return 'sessionMinutes';
  if (a === 'id') return 'name';
  return typeof a === 'string' ? (a as FormField) : undefined;
}


function toNumber(text: string, scale: number, field: FormField, labels: Record<FormField, Localized>, errors: Partial<Record<FormField, Localized>>): number | undefined {
  const n = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n)) {
    errors[field] = { vi: translate('send.env.notNumber', 'vi', { label: labels[field].vi }), en: translate('send.env.notNumber', 'en', { label: labels[field].en }) };
    return undefined;
  }
  return Math.round(n * scale);
}

export type FormResult =
  | { ok: true; environment: Omit<EnvironmentInput, 'id'> & { id?: string }; password?: string | null }
  | { ok: false; errors: Partial<Record<FormField, Localized>> };

/**
 * The environment the form describes, checked with the service's schema. Errors are keyed by
 * form field and say which field and what is wrong, in both languages.
 */
export function readForm(form: EnvironmentForm, labels: Record<FormField, Localized>): FormResult {
  const errors: Partial<Record<FormField, Localized>> = {};
  const loginMs = toNumber(form.loginTimeoutSeconds, 1000, 'loginTimeoutSeconds', labels, errors);
  const requestMs = toNumber(form.requestTimeoutSeconds, 1000, 'requestTimeoutSeconds', labels, errors);
  const chunkSize = toNumber(form.chunkSize, 1, 'chunkSize', labels, errors);
  const sessionMaxAgeMs = toNumber(form.sessionMinutes, 60_000, 'sessionMinutes', labels, errors);
  const candidate = {
    // A new environment gets its id from the store; a stand-in lets the schema check the rest.
    id: form.id ?? 'new-environment',
    name: form.name,
    colour: form.colour,
    kind: form.kind,
    baseUrl: form.baseUrl.trim(),
    loginPath: form.loginPath.trim(),
    dataPath: form.dataPath.trim(),
    sharePath: form.sharePath.trim(),
    dstcode: form.dstcode,
    madonvi: form.madonvi,
    username: form.username,
    timeouts: { loginMs: loginMs ?? 15_000, requestMs: requestMs ?? 30_000 },
    chunkSize: chunkSize ?? DEFAULT_CHUNK_SIZE,
    sessionMaxAgeMs: sessionMaxAgeMs ?? DEFAULT_SESSION_MAX_AGE_MS,
  };
  const parsed = EnvironmentSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (!field || errors[field]) continue;
      const [message] = zodIssueMessages({ ...parsed.error, issues: [issue] } as typeof parsed.error, labels[field]);
      errors[field] = message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  const { id: _stand, builtIn: _b, ...rest } = parsed.data;
  const environment = form.id ? { ...rest, id: form.id } : rest;
  const password = form.removePassword ? null : form.password !== '' ? form.password : undefined;
  return password === undefined ? { ok: true, environment } : { ok: true, environment, password };
}
