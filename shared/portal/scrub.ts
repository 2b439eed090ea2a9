/**
 * Keeping known secret values (the password, the session) out of free text: fault details,
 * logs, CLI output. Separate from redact.ts so the HTTP layer does not load the spec registry.
 */

/**
 * Removes known secret values from free text (error details, logs): any occurrence of one of
 * the given secrets is replaced with `«đã ẩn»`. Short values (< 4 characters) are replaced only
 * as whole words, so a password "1" does not blank every digit.
 */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (!s) continue;
    if (s.length >= 4) out = out.split(s).join('«đã ẩn»');
    else out = out.replace(new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), '«đã ẩn»');
  }
  return out;
}
