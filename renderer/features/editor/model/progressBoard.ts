/**
 * The progress of long validations, per document, kept apart from the document snapshots and told
 * to listeners at most every PROGRESS_MS: a progress bar must not re-render the views.
 */
import type { StoreDeps } from './storeInputs';

/** Progress bars are updated at most this often. */
export const PROGRESS_MS = 250;

/** Progress by document id (0..1, null when unknown). */
export class ProgressBoard {
  private progress = new Map<string, number | null>();
  private listeners = new Set<() => void>();
  private timer?: unknown;

  constructor(private readonly timers: Pick<StoreDeps, 'setTimer'>) {}

  /** Sets a document's progress (undefined: none runs); listeners hear of it within PROGRESS_MS. */
  set(id: string, progress: number | null | undefined): void {
    if (progress === undefined) this.progress.delete(id);
    else this.progress.set(id, progress);
    if (this.timer !== undefined) return;
    this.timer = this.timers.setTimer(() => {
      this.timer = undefined;
      for (const l of [...this.listeners]) l();
    }, PROGRESS_MS);
  }

  /** A document's progress, if a validation runs. */
  get(id: string): number | null | undefined {
    return this.progress.get(id);
  }

  /** Listens to progress changes (throttled). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
