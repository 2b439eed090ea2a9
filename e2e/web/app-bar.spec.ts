/**
 * The app bar (task ui-polish §1): one row at 1024 px and 1280 px in Vietnamese (longer labels)
 * and English, the environment picker and the production band always visible, and every action
 * reachable from the keyboard — the File menu with its shortcuts, and the palette, which also
 * switches the theme and the language.
 */
import { pick } from '../../shared/i18n/localized';
import { commandById, type CommandId } from '../../shared/ipc/commands';
import { sample } from '../fixtures/paths';
import { expect, test } from '../fixtures/webHost';
import { Sender } from '../pages/Sender';
import { Studio } from '../pages/Studio';
import type { Page } from '@playwright/test';

const label = (id: CommandId, lang: 'vi' | 'en') => pick(commandById(id)!.label, lang);

/** Every control of the bar: on one row, inside the window, none covering another. */
async function expectOneRow(app: Page): Promise<void> {
  const boxes = await app.locator('header').first().evaluate((header) => {
    const bar = header.getBoundingClientRect();
    const nav = header.querySelector('nav')!;
    const controls = [...header.querySelectorAll('button')].map((b) => {
      const r = b.getBoundingClientRect();
      return { name: b.getAttribute('aria-label') ?? b.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    return { barHeight: bar.height, width: window.innerWidth, navHidden: nav.scrollWidth - nav.clientWidth, controls };
  });
  // A dense toolbar is 48 px high; a second row would double it.
  expect(boxes.barHeight).toBeLessThanOrEqual(56);
  expect(boxes.navHidden, 'actions scrolled out of sight').toBe(0);
  const sorted = [...boxes.controls].sort((a, b) => a.left - b.left);
  for (const [i, c] of sorted.entries()) {
    expect(c.right, `${c.name} inside the window`).toBeLessThanOrEqual(boxes.width);
    expect(c.bottom - c.top, `${c.name} on one line`).toBeLessThanOrEqual(44);
    const next = sorted[i + 1];
    // 1 px: the language buttons share their border.
    if (next) expect(c.right, `${c.name} does not run under ${next.name}`).toBeLessThanOrEqual(next.left + 1);
  }
}

for (const width of [1024, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 720 }, withWorkspace: true });

    test('the bar is one row in both languages, with the document actions by name and the environment in view', async ({ app }) => {
      const studio = new Studio(app);
      const sender = new Sender(app);
      await studio.open(sample('dossier', '93-invalid-cross-field.json'));
      for (const lang of ['vi', 'en'] as const) {
        if (lang !== studio.lang) await studio.switchLanguage(lang);
        sender.lang = lang;
        await expectOneRow(app);
        for (const key of ['action.open', 'action.paste', 'action.new', 'action.save'] as const) await expect(studio.toolbarButton(key)).toBeVisible();
        await expect(studio.toolbar.getByRole('button', { name: studio.text('menu.file'), exact: true })).toBeVisible();
        await expect(studio.toolbarButton('hd.menu')).toBeVisible();
        await expect(studio.toolbarButton('send.action.send')).toBeVisible();
        await expect(studio.toolbarButton('send.action.history')).toBeVisible();
        await expect(sender.picker).toBeVisible();
      }
    });
  });
}

test.describe('1024 px, production', () => {
  test.use({ viewport: { width: 1024, height: 720 } });

  test('a production environment keeps its band and its picker in a one-row bar', async ({ app }) => {
    const sender = new Sender(app);
    const name = 'Cổng Dịch vụ công quốc gia — môi trường thật của tỉnh';
    await sender.addEnvironment({ name, production: true, baseUrl: 'https://dvcqg.example.vn', madonvi: '000.00.01.H22', username: 'u', password: 'p' });
    await expect(sender.picker).toBeVisible();
    await expect(sender.picker).toHaveAccessibleName(sender.text('send.picker.label', { name, kind: sender.text('send.kind.productionLong') }));
    await expect(app.getByRole('region', { name: sender.text('send.banner.label') })).toBeVisible();
    await expectOneRow(app);
  });
});

test('the File menu opens from the keyboard, shows the shortcuts, and runs the command', async ({ app }) => {
  const studio = new Studio(app);
  await studio.open(sample('dossier', '93-invalid-cross-field.json'));
  const file = studio.toolbar.getByRole('button', { name: studio.text('menu.file'), exact: true });
  await file.focus();
  await app.keyboard.press('Enter');
  const menu = app.getByRole('menu', { name: studio.text('menu.file') });
  await expect(menu).toBeVisible();
  // The web host's shortcuts (the browser keeps Ctrl+W for itself).
  const saveAs = menu.getByRole('menuitem', { name: label('saveAs', 'vi'), exact: true });
  await expect(saveAs).toContainText('Ctrl+Shift+S');
  await expect(saveAs).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+S');
  const close = menu.getByRole('menuitem', { name: label('close', 'vi'), exact: true });
  await expect(close).toContainText('Ctrl+Alt+W');
  await expect(close).toHaveAttribute('aria-keyshortcuts', 'Control+Alt+W');
  // Without a workspace there is no "open from the workspace" here.
  await expect(menu.getByRole('menuitem', { name: label('openFromWorkspace', 'vi') })).toHaveCount(0);
  await app.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(file).toBeFocused();

  await app.keyboard.press('Enter');
  await close.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Chưa mở tài liệu nào' })).toBeVisible();
  // Without a document, the document's commands are greyed.
  await file.click();
  await expect(menu.getByRole('menuitem', { name: label('saveAs', 'vi') })).toBeDisabled();
  await expect(menu.getByRole('menuitem', { name: label('paste', 'vi') })).toBeEnabled();
});

test('the palette switches the language and the theme', async ({ app }) => {
  const studio = new Studio(app);
  const body = app.locator('body');
  const lightBg = await body.evaluate((b) => getComputedStyle(b).backgroundColor);
  const runFromPalette = async (id: CommandId) => {
    await app.keyboard.press('Control+Shift+P');
    const palette = app.getByRole('dialog', { name: studio.text('palette.title') });
    await palette.getByRole('combobox', { name: studio.text('palette.search') }).fill(label(id, studio.lang));
    await expect(palette.getByRole('option')).toHaveCount(1);
    await app.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  };
  await runFromPalette('switchLanguage');
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  studio.lang = 'en';
  await expect(app.getByRole('heading', { name: 'No document is open' })).toBeVisible();
  await runFromPalette('toggleTheme');
  await expect(app.getByRole('button', { name: studio.text('settings.theme.toLight') })).toBeVisible();
  await expect.poll(() => body.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(lightBg);
});

test.describe('with a workspace folder', () => {
  test.use({ withWorkspace: true });

  test('"Open a file from the workspace" is in the File menu and the palette', async ({ app }) => {
    const studio = new Studio(app);
    await studio.toolbar.getByRole('button', { name: studio.text('menu.file'), exact: true }).click();
    await app.getByRole('menu', { name: studio.text('menu.file') }).getByRole('menuitem', { name: label('openFromWorkspace', 'vi') }).click();
    const chooser = app.getByRole('dialog', { name: studio.text('workspace.title') });
    await expect(chooser).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    await app.keyboard.press('Control+Shift+P');
    const palette = app.getByRole('dialog', { name: studio.text('palette.title') });
    await palette.getByRole('combobox', { name: studio.text('palette.search') }).fill('thu muc lam viec');
    await expect(palette.getByRole('option', { name: label('openFromWorkspace', 'vi') })).toBeEnabled();
    await app.keyboard.press('Enter');
    await expect(chooser).toBeVisible();
  });
});
