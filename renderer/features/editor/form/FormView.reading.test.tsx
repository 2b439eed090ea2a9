// @vitest-environment jsdom
/**
 * The Form view as it shows a document (issue 4 §1 "Form"): every input named by its wire name
 * and label, required marks, dates, issues under their fields, English, provisional packets, and
 * one record of a big batch at a time. Its edits: FormView.editing.test.tsx.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords, STRICT_PROFILE, template } from '../../../../shared/index';
import SAMPLE_93 from '../../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import PAKN from '../../../../tests/fixtures/reference/samples/feedback/02-dongboketquapakn-valid.json?raw';
import { buildRecordSpec } from '../model/recordSpec';
import { installLayout, renderView, storeWith } from '../tree/testSupport';
import { textbox } from './formTestKit';
import { FormView } from './FormView';

beforeAll(installLayout);
afterEach(cleanup);

describe('the Form view shows', () => {
  it('names every input by its wire name and label, and marks required and observed-required fields apart', () => {
    renderView(storeWith(SAMPLE_93), FormView);
    const spec = buildRecordSpec('DongBoHoSoMC', 'envelope', STRICT_PROFILE);
    // Every scalar field of the record has an input named "Wire — Label" (read from what names
    // it: its <label>, or the elements a select is labelled by; the e2e tests ask Chromium).
    const visibleText = (el: Element | null | undefined) => {
      if (!el) return '';
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
      return copy.textContent ?? '';
    };
    const nameOf = (el: HTMLElement) =>
      (el as HTMLInputElement).labels?.length
        ? visibleText((el as HTMLInputElement).labels![0])
        : (el.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => visibleText(document.getElementById(id)))
            .join(' ');
    const names = [...screen.getAllByRole('textbox'), ...screen.getAllByRole('combobox'), ...screen.getAllByRole('switch')].map(nameOf);
    for (const f of spec.record!.fields) {
      if (f.type === 'array') continue;
      expect(names.some((n) => n.startsWith(`${f.name} — ${f.label.vi}`)), f.name).toBe(true);
    }
    expect(textbox(/^NgayHenTra — Ngày hẹn trả/).closest('[data-field]')?.getAttribute('data-field')).toBe('data[0].NgayHenTra');
    // M* is told apart from M, in words.
    expect(textbox(/^NgayHenTra/).labels![0].textContent).toContain('bắt buộc theo quan sát; Cổng vẫn nhận gói tin thiếu trường này');
    expect(textbox(/^NgayTiepNhan/).labels![0].textContent).toContain('(bắt buộc)');
  });

  it('shows dates as dd/MM/yyyy HH:mm and the record’s issues under their fields', () => {
    renderView(storeWith(SAMPLE_93), FormView);
    const due = textbox(/^NgayHenTra/) as HTMLInputElement;
    expect(due.value).toBe('10/03/2024 17:00');
    expect(due.getAttribute('aria-invalid')).toBe('true');
    const described = due.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toContain('NgayHenTra (10/03/2024 17:00) sớm hơn NgayTiepNhan (12/03/2024 08:15).');
    expect(described).toContain('Giá trị gửi đi: 20240310170000');
  });

  it('speaks English, with the same wire names', () => {
    const view = renderView(storeWith(SAMPLE_93), FormView);
    view.setLang('en');
    expect(textbox(/^NgayHenTra — Promised result date/)).toBeTruthy();
    expect(textbox(/^NgayHenTra/).labels![0].textContent).toContain('observed required; the portal accepted packets without it');
    expect(screen.getByRole('combobox', { name: /^TrangThaiHoSo/ }).textContent).toBe('10 — Result delivered');
  });

  it('marks the provisional fields of a provisional packet, leaving the packet notice to the header', () => {
    renderView(storeWith(PAKN), FormView);
    // The document header says it once for the whole document (e2e open-packets), not the form again.
    expect(screen.queryByText(/Định nghĩa của loại gói tin này là bản dựng lại tạm thời/)).toBeNull();
    expect(screen.getAllByText('tạm thời').length).toBeGreaterThan(0);
  });

  it('renders only the chosen record of a 500-record batch', async () => {
    const records = generateRecords('dossier', 500, 3) as Record<string, unknown>[];
    const text = JSON.stringify({ ...(template('dossier') as object), data: records }, null, 2);
    const store = storeWith(text);
    renderView(store, FormView);
    // One record's inputs, not 500 records' (each dossier has a few dozen fields). Time is not
    // asserted here: jsdom is no measure of the browser (measured there: README of this folder).
    expect(screen.getAllByRole('textbox').length).toBeLessThan(120);
    const picker = screen.getByRole('combobox', { name: 'Chọn bản ghi' });
    fireEvent.click(screen.getByRole('button', { name: 'Bản ghi sau' }));
    expect((picker as HTMLInputElement).value).toMatch(/^2 · /);
    expect(textbox(/^MaHoSo/)).toHaveProperty('value', records[1].MaHoSo);
  });
});
