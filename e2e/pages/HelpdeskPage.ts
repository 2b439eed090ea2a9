/**
 * The helpdesk screens as an officer reaches them: the app bar's Helpdesk menu, the triage
 * chooser and screen, and the helpdesk dialogs — found by roles and labels in the current
 * language (names come from the renderer's dictionary and the command registry).
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pick } from '../../shared/i18n/localized';
import { commandById } from '../../shared/ipc/commands';
import { EditorPage } from './EditorPage';

export class HelpdeskPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  /** Runs a helpdesk command from the app bar's Helpdesk menu. */
  async command(id: 'triageFolder' | 'triageResults' | 'exportReport' | 'maskDocument' | 'evidencePack' | 'explainReply' | 'showCodePoints' | 'normalizeText'): Promise<void> {
    await this.toolbar.getByRole('button', { name: this.text('hd.menu'), exact: true }).click();
    await this.page.getByRole('menuitem', { name: pick(commandById(id)!.label, this.lang), exact: true }).click();
  }

  dialog(titleKey: Parameters<EditorPage['text']>[0], values?: Record<string, string | number>): Locator {
    return this.page.getByRole('dialog', { name: this.text(titleKey, values) });
  }

  /** The full-screen triage screen. */
  get triage(): Locator {
    return this.dialog('triage.title');
  }

  /** A labelled number of the triage summary ("Lỗi 12"). */
  stat(key: Parameters<EditorPage['text']>[0]): Locator {
    return this.triage.getByRole('group', { name: this.text(key), exact: true });
  }

  /** Waits for a download started by `act` and returns its name and text. */
  async download(act: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [d] = await Promise.all([this.page.waitForEvent('download'), act()]);
    return { name: d.suggestedFilename(), text: await readDownload(d) };
  }

  /** Waits for `count` downloads started by `act`. */
  async downloads(count: number, act: () => Promise<void>): Promise<{ name: string; text: string }[]> {
    const seen: Download[] = [];
    const all = new Promise<void>((resolve) => {
      const on = (d: Download) => {
        seen.push(d);
        if (seen.length === count) {
          this.page.off('download', on);
          resolve();
        }
      };
      this.page.on('download', on);
    });
    await act();
    await all;
    return Promise.all(seen.map(async (d) => ({ name: d.suggestedFilename(), text: await readDownload(d) })));
  }

  /** Waits until the active document's heading shows `name`. */
  async expectDocument(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
}

async function readDownload(d: Download): Promise<string> {
  const path = await d.path();
  if (!path) throw new Error(`download ${d.suggestedFilename()} failed: ${await d.failure()}`);
  return readFile(path, 'utf8');
}
