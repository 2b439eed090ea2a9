/**
 * The editor's Form view as a user sees it: inputs found by their accessible names, which start
 * with the wire name ("NgayHenTra — Ngày hẹn trả", issue 4 §9), and the date picker driven as a
 * person drives it (calendar day, hour and minute columns, OK).
 */
import { expect, type Locator } from '@playwright/test';
import type { EditorPage } from './EditorPage';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class FormPage {
  constructor(readonly ed: EditorPage) {}

  get page() {
    return this.ed.page;
  }

  /** The text input of a field, by wire name and label in the current language. */
  field(wire: string, label: string, within: Locator | undefined = undefined): Locator {
    return (within ?? this.page).getByRole('textbox', { name: new RegExp(`^${escape(wire)} — ${escape(label)}`) });
  }

  /** The select of a coded field. */
  select(wire: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`^${escape(wire)} — `) });
  }

  /** The switch of a flag. */
  switch(wire: string): Locator {
    return this.page.getByRole('switch', { name: new RegExp(`^${escape(wire)} — `) });
  }

  /** The row of a field (its input, help and issues), by path. */
  row(path: string): Locator {
    return this.page.locator(`[data-field="${path}"]`);
  }

  /** A nested list's section ("TaiLieuNop — Tài liệu nộp"). */
  list(wire: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${escape(wire)} — `) });
  }

  /** Chooses a date and time in the picker behind a date field's calendar button, then OK. */
  async pickDate(wire: string, when: { day: number; hour?: number; minute?: number; within?: Locator }): Promise<void> {
    const name = this.ed.text('formView.pickDate', { name: wire });
    await (when.within ?? this.page).getByRole('button', { name }).click();
    const dialog = this.page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('gridcell', { name: String(when.day), exact: true }).click();
    const vi = this.ed.lang === 'vi';
    // The columns' options are named by MUI X's own texts ("17 giờ", "0 phút" / "17 hours", "0 minutes").
    if (when.hour !== undefined) await dialog.getByRole('option', { name: `${when.hour} ${vi ? 'giờ' : 'hours'}`, exact: true }).click();
    if (when.minute !== undefined) await dialog.getByRole('option', { name: `${when.minute} ${vi ? 'phút' : 'minutes'}`, exact: true }).click();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
}
