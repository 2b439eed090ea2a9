// @vitest-environment jsdom
/**
 * The history's day filters: a day is shown dd/MM/yyyy in both languages and kept as the
 * yyyy-MM-dd the history query takes; the calendars' weekday headings are T2…CN in Vietnamese.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { weekdayLabel } from '../../editor/form/PickersProvider';
import { DayField, dateToDay, dayToDate } from './DayField';

afterEach(cleanup);

describe('history day field', () => {
  it.each(['vi', 'en'] as const)('shows the chosen day as dd/MM/yyyy (%s)', (lang) => {
    const { container } = render(
      <I18nProvider lang={lang}>
        <DayField label="Từ ngày" value="2026-11-03" onChange={() => undefined} />
      </I18nProvider>,
    );
    const input = container.querySelector('input') as HTMLInputElement;
    expect(input.value).toBe('03/11/2026');
  });

  it('keeps days as yyyy-MM-dd, empty as "", and waits while a day is half typed', () => {
    expect(dateToDay(dayToDate('2024-02-29'))).toBe('2024-02-29');
    expect(dayToDate('')).toBeNull();
    expect(dateToDay(null)).toBe('');
    expect(dateToDay(new Date(Number.NaN))).toBeUndefined();
    // "24" typed as the year so far: year 24, not a day to search yet.
    const partial = new Date(2000, 1, 1);
    partial.setFullYear(24);
    expect(dateToDay(partial)).toBeUndefined();
  });
});

describe('calendar weekday headings', () => {
  it('tells the Vietnamese weekdays apart (T2…T7, CN) and gives English two letters', () => {
    // 2024-03-11 is a Monday.
    const week = Array.from({ length: 7 }, (_, i) => new Date(2024, 2, 11 + i));
    expect(week.map((d) => weekdayLabel(d, 'vi'))).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    expect(week.map((d) => weekdayLabel(d, 'en'))).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
  });
});
