/**
 * The renderer's Content-Security-Policy, one source for both hosts: Electron's `app://` protocol
 * handler and the web host send it as a header, and the Vite build writes it into index.html as a
 * meta tag. No `unsafe-eval` (STYLE.md practice 4): the core validates with closures, not eval.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  // MUI (emotion) and Monaco inject <style> elements at run time; styles cannot run code.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  // Monaco's codicon font is bundled; data: covers fonts inlined by the bundler.
  ['font-src', "'self' data:"],
  // Monaco's workers and the validation worker are bundled files; blob: is what Monaco falls back to.
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
];

/** Directives that only work as an HTTP header (ignored, with a console warning, in a meta tag). */
const HEADER_ONLY: [string, string][] = [['frame-ancestors', "'none'"]];

/** The policy as a `Content-Security-Policy` header value. */
export function rendererCspHeader(): string {
  return [...DIRECTIVES, ...HEADER_ONLY].map(([k, v]) => `${k} ${v}`).join('; ');
}

/** The policy for a `<meta http-equiv>` tag. */
export function rendererCspMeta(): string {
  return DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
}
