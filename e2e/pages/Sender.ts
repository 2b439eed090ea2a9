/**
 * The send screens as a tester meets them: the environment picker in the app bar, the
 * environment editor, the send dialog and its result, the history. Found by roles and labels in
 * the current language, with names from the renderer's dictionary.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../shared/i18n/localized';
import { kindModule } from '../../shared/spec/registry';
import type { KindId } from '../../shared/spec/types';
import { translate, type MessageKey } from '../../renderer/i18n/dictionary';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Sender {
  constructor(
    readonly page: Page,
    public lang: Lang = 'vi',
  ) {}

  text(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(key, this.lang, values);
  }

  /** The picker button in the app bar ("Môi trường gửi: Sandbox … (Thử nghiệm)"). */
  get picker(): Locator {
    const prefix = this.text('send.picker.label', { name: '§', kind: '§' }).split('§')[0]!;
    return this.page.getByRole('button', { name: new RegExp(`^${escape(prefix)}`) });
  }

  /** The open dialog with this title. */
  dialog(titleKey: MessageKey): Locator {
    return this.page.getByRole('dialog', { name: this.text(titleKey), exact: true });
  }

  get sendDialog(): Locator {
    return this.dialog('send.dialog.title');
  }

  button(scope: Locator | Page, key: MessageKey, values?: Record<string, string | number>): Locator {
    return scope.getByRole('button', { name: this.text(key, values), exact: true });
  }

  /** New from template: the main packet of a kind, as a new tab. */
  async newFromTemplate(kind: KindId): Promise<void> {
    await this.page.getByRole('navigation', { name: this.text('a11y.actions') }).getByRole('button', { name: this.text('action.new'), exact: true }).click();
    const dialog = this.dialog('template.title');
    await dialog.getByRole('option', { name: new RegExp(`^${escape(kindModule(kind).spec.label[this.lang])}`) }).click();
    await this.button(dialog, 'action.create').click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('tab', { name: new RegExp(escape(this.text('template.fileName', { kind }))) })).toBeVisible();
  }

  /** Opens the environment editor from the picker's menu. */
  async openEnvironments(): Promise<Locator> {
    await this.picker.click();
    await this.page.getByRole('menuitem', { name: this.text('send.action.environments') }).click();
    const dialog = this.dialog('send.env.title');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Points the built-in Sandbox environment at a sandbox portal, through the environment editor. */
  async pointSandboxAt(url: string): Promise<void> {
    const dialog = await this.openEnvironments();
    await dialog.getByRole('button', { name: /^Sandbox/ }).click();
    const address = dialog.getByRole('textbox', { name: this.text('send.env.field.baseUrl') });
    await address.fill(url);
    await this.button(dialog, 'send.env.save').click();
    await expect(this.page.getByText(this.text('send.env.saved', { name: 'Sandbox (cổng thử nghiệm cục bộ)' }))).toBeVisible();
    await this.button(dialog, 'send.dialog.close').click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the send dialog for the active document and waits for the requests it would send. */
  async openSendDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.text('send.action.send'), exact: true }).click();
    const dialog = this.sendDialog;
    await expect(dialog.getByRole('heading', { name: this.text('send.dialog.preview'), exact: true })).toBeVisible();
    return dialog;
  }

  /** Chooses create / update / auto for DongBoHoSoMC. */
  async chooseIsUpdating(key: 'send.isUpdating.false' | 'send.isUpdating.true' | 'send.isUpdating.auto'): Promise<void> {
    await this.sendDialog.getByRole('radio', { name: this.text(key) }).check();
  }

  /** The heading of the result, which states the outcome ("Thành công: 1/1 …"). */
  get outcome(): Locator {
    return this.sendDialog.locator('#send-result-title');
  }

  /** Clicks Send in the dialog (a test environment) and waits for the result. */
  async send(): Promise<Locator> {
    await this.button(this.sendDialog, 'send.dialog.send').click();
    await expect(this.outcome).toBeVisible({ timeout: 30_000 });
    return this.outcome;
  }

  /** One request's card in the result ("Phần 1/1"). */
  part(n: number, total: number): Locator {
    return this.sendDialog.getByRole('article', { name: this.text('send.reply.part', { n, total }) });
  }

  async closeSendDialog(): Promise<void> {
    await this.button(this.sendDialog, 'send.dialog.close').click();
    await expect(this.sendDialog).toBeHidden();
  }

  /** Adds an environment through the editor and makes it the one in use. */
  async addEnvironment(env: { name: string; production: boolean; baseUrl: string; madonvi: string; username: string; password: string }): Promise<void> {
    const dialog = await this.openEnvironments();
    await this.button(dialog, 'send.env.add').click();
    const field = (key: MessageKey) => dialog.getByRole('textbox', { name: this.text(key), exact: true });
    await field('send.env.field.name').fill(env.name);
    if (env.production) await dialog.getByRole('radio', { name: this.text('send.kind.productionLong') }).check();
    await field('send.env.field.baseUrl').fill(env.baseUrl);
    await field('send.env.field.madonvi').fill(env.madonvi);
    await field('send.env.field.username').fill(env.username);
    await dialog.getByLabel(this.text('send.env.field.password'), { exact: true }).fill(env.password);
    await this.button(dialog, 'send.env.save').click();
    await expect(this.page.getByText(this.text('send.env.saved', { name: env.name }))).toBeVisible();
    await this.button(dialog, 'send.env.use').click();
    await expect(this.button(dialog, 'send.env.use')).toBeHidden();
    await this.button(dialog, 'send.dialog.close').click();
    await expect(dialog).toBeHidden();
    await expect(this.picker).toHaveAccessibleName(new RegExp(escape(env.name)));
  }

  /** Opens the send history. */
  async openHistory(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.text('send.action.history'), exact: true }).click();
    const dialog = this.dialog('send.history.title');
    await expect(dialog.getByRole('table', { name: this.text('send.history.table') })).toBeVisible();
    return dialog;
  }

  /** The active document's tab. */
  tab(name: string, dirty: boolean): Locator {
    return this.page.getByRole('tab', { name: dirty ? this.text('tabs.dirtyName', { name }) : name, exact: true });
  }

  /** Saves the active document as a browser download and returns the downloaded text. */
  async downloadActive(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('navigation', { name: this.text('a11y.actions') }).getByRole('button', { name: this.text('action.save'), exact: true }).click();
    const dialog = this.dialog('saveAs.title');
    await this.button(dialog, 'action.download').click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    return readFile(file, 'utf8');
  }
}
