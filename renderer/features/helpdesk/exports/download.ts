/**
 * The browser's side of exports: printing an HTML report with the browser's own print dialog
 * (where "Save as PDF" makes the PDF — the web host cannot print to PDF itself, issue 6 §3), and
 * export names. Downloads are renderer/features/document/download.ts.
 */

/**
 * Opens the print dialog for an HTML document in a hidden frame (the report's own print CSS
 * applies; the app's page is not printed). Resolves when the dialog has been shown.
 */
export function printHtml(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.title = 'print';
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.onload = () => {
      const w = frame.contentWindow;
      // print() blocks until the dialog closes in most browsers; the frame goes away afterwards.
      try {
        w?.focus();
        w?.print();
      } finally {
        setTimeout(() => frame.remove(), 1000);
        resolve();
      }
    };
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}

/** A file name without the characters that file systems refuse (Windows is the strictest). */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^\.+/, '').trim();
  return cleaned || 'export';
}

/** `name.json` → `name`. */
export function stemOf(name: string): string {
  return name.replace(/\.[^./\\]*$/, '') || name;
}

/** `yyyyMMdd-HHmm` in Vietnam time, for export names. */
export function vietnamStamp(ms: number): string {
  const d = new Date(ms + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}`;
}
