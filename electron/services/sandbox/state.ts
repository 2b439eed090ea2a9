/**
 * What the sandbox portal has received, persisted in its data folder as `sandbox-state.json`
 * (atomic writes) so dossiers survive a restart: the dossiers by MaHoSo with their progress
 * steps, and the other pushes by service. A file that cannot be read is set aside and
 * reported; the sandbox then starts empty instead of overwriting it.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { errnoCode } from '../errors';
import { writeFileAtomic } from '../files/atomicWrite';

const DossierSchema = z.object({
  madonvi: z.string(),
  record: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  updates: z.number().int().min(0),
  progress: z.array(z.record(z.string(), z.unknown())),
});

const PushSchema = z.object({ madonvi: z.string(), receivedAt: z.string(), data: z.unknown() });

const StateSchema = z.object({
  version: z.literal(1),
  dossiers: z.record(z.string(), DossierSchema),
  /** Other pushes (statistics, surveys, Q&A, PAKN answers, type-2 status), newest last, capped per service. */
  pushes: z.record(z.string(), z.array(PushSchema)),
});

export type StoredDossier = z.infer<typeof DossierSchema>;
export type SandboxState = z.infer<typeof StateSchema>;

/** Pushes kept per service; older ones are dropped so the file stays small. */
export const PUSHES_KEPT = 500;

export interface LoadedState {
  state: SandboxState;
  /** Set when the file was unreadable and moved aside (English and Vietnamese, for the console). */
  warning?: string;
}

/** A sandbox that has received nothing yet. */
export function emptyState(): SandboxState {
  return { version: 1, dossiers: {}, pushes: {} };
}

/** The state file of a data folder. */
export function stateFile(dataDir: string): string {
  return join(dataDir, 'sandbox-state.json');
}

/** Loads the state; missing → empty; unreadable → set aside, empty, with a warning. */
export async function loadState(dataDir: string, now: Date = new Date()): Promise<LoadedState> {
  const file = stateFile(dataDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { state: emptyState() };
    throw error;
  }
  try {
    return { state: StateSchema.parse(JSON.parse(text)) };
  } catch (error) {
    const aside = file.replace(/\.json$/, `.corrupt-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.json`);
    await rename(file, aside);
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      state: emptyState(),
      warning: `Tệp trạng thái ${file} bị hỏng (${why}); cổng thử nghiệm bắt đầu trống, tệp cũ giữ tại ${aside}. / The state file was corrupt; the sandbox starts empty, the old file was kept at ${aside}.`,
    };
  }
}

/** Writes the state atomically. */
export async function saveState(dataDir: string, state: SandboxState): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomic(stateFile(dataDir), JSON.stringify(state));
}

/** Appends a push to its service's list, dropping the oldest beyond PUSHES_KEPT. */
export function addPush(state: SandboxState, service: string, madonvi: string, data: unknown, at: string): void {
  const list = (state.pushes[service] ??= []);
  list.push({ madonvi, receivedAt: at, data });
  if (list.length > PUSHES_KEPT) list.splice(0, list.length - PUSHES_KEPT);
}
