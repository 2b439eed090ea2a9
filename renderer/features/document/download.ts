/**
 * A browser download: the web host's only way to hand the user a file (Save as of a document,
 * helpdesk exports, environments and history exports). One place for all of them.
 */

/** Triggers a download of `content` (text, or bytes already encoded) as a file called `name`. */
export function downloadFile(name: string, content: string | Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started once click() returns; a minute leaves room for a slow browser.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
