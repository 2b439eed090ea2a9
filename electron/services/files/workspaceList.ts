/**
 * Listing a folder of the web host's workspace for the "Open from workspace" dialog: folders
 * first, then files, by name; hidden entries (dot files) left out.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceEntry } from '../../../shared/ipc/contract';

/** Lists `realDir`; `display` maps a real path to the path the renderer uses. */
export async function listFolder(realDir: string, display: (real: string) => string): Promise<WorkspaceEntry[]> {
  const names = await readdir(realDir);
  const entries: WorkspaceEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(realDir, name);
    let info;
    try {
      info = await stat(full);
    } catch {
      continue; // a dangling link or a file removed meanwhile
    }
    if (!info.isFile() && !info.isDirectory()) continue;
    entries.push({ name, path: display(full), type: info.isDirectory() ? 'dir' : 'file', size: info.isFile() ? info.size : 0, modifiedAt: info.mtime.toISOString() });
  }
  return entries.sort((a, b) => (a.type === b.type ? a.name.localeCompare(b.name, 'vi') : a.type === 'dir' ? -1 : 1));
}
