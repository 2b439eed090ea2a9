/**
 * The app as a helpdesk officer sees it: found by roles and labels in the current language
 * (names come from the renderer's dictionary, so a reworded label does not break the tests).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { pick, type Lang } from '../../shared/i18n/localized';
import { commandById, type CommandId } from '../../shared/ipc/commands';
import { translate, type MessageKey } from '../../renderer/i18n/dictionary';

export class Studio {
  constructor(
    readonly page: Page,
    public lang: Lang = 'vi',
  ) {}

  /** A dictionary string in the current language. */
  text(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(key, this.lang, values);
  }

  get toolbar(): Locator {
    return this.page.getByRole('navigation', { name: this.text('a11y.actions') });
  }

  get statusBar(): Locator {
    return this.page.getByRole('contentinfo', { name: this.text('status.label') });
  }

  /** The issue counts of the status bar ("2 lỗi, 1 cảnh báo"). */
  get counts(): Locator {
    return this.statusBar.getByRole('status');
  }

  /** A labelled value of the document summary (kind, records, errors…). */
  fact(key: MessageKey): Locator {
    return this.page.getByRole('main').getByLabel(this.text(key), { exact: true });
  }

  toolbarButton(key: MessageKey): Locator {
    return this.toolbar.getByRole('button', { name: this.text(key), exact: true });
  }

  /** Runs a command from the app bar's File menu (Save as and Close live there), named as the registry names it. */
  async fileCommand(id: CommandId): Promise<void> {
    await this.toolbar.getByRole('button', { name: this.text('menu.file'), exact: true }).click();
    await this.page.getByRole('menu', { name: this.text('menu.file') }).getByRole('menuitem', { name: pick(commandById(id)!.label, this.lang), exact: true }).click();
  }

  /** Opens a file through the browser's file picker, as a user would with "Open file…". */
  async openWithPicker(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    const open = this.toolbarButton('action.open');
    // With a workspace folder, "Open" first asks where from (the menu hides the rest of the page).
    const asksWhere = (await open.getAttribute('aria-haspopup')) === 'menu';
    await open.click();
    if (asksWhere) await this.page.getByRole('menuitem', { name: this.text('action.openFromComputer') }).click();
    await (await chooser).setFiles(path);
  }

  /** Opens a file through the picker and waits until its summary or syntax error is shown. */
  async open(path: string, name = path.split('/').pop()!): Promise<void> {
    await this.openWithPicker(path);
    await expect(this.page.getByRole('heading', { name, exact: true }).or(this.page.getByRole('alert').filter({ hasText: name }))).toBeVisible();
  }

  async switchLanguage(lang: Lang): Promise<void> {
    await this.page.getByRole('group', { name: this.text('settings.language') }).getByRole('button', { name: lang === 'vi' ? 'Tiếng Việt' : 'English' }).click();
    this.lang = lang;
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }
}
