import { describe, expect, it } from 'vitest';
import { DICTIONARY, localize, translate, type MessageKey } from './dictionary';
import { formatVietnamTime, issueCountsText } from './format';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionary', () => {
  it('has every string in Vietnamese and in English, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(DICTIONARY) as [MessageKey, { vi: string; en: string; enOne?: string }][]) {
      expect(entry.vi.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
      expect(placeholders(entry.en), key).toEqual(placeholders(entry.vi));
      if (entry.enOne) expect(placeholders(entry.enOne), key).toEqual(placeholders(entry.vi));
    }
  });

  it('fills placeholders and uses the English singular for one', () => {
    expect(translate('doc.where', 'vi', { line: 3, column: 15 })).toBe('dòng 3, cột 15');
    expect(translate('count.records', 'en', { n: 1, count: 1 })).toBe('1 record');
    expect(translate('count.records', 'en', { n: 2, count: 2 })).toBe('2 records');
    expect(translate('count.records', 'vi', { n: 1, count: 1 })).toBe('1 bản ghi');
    expect(localize('notice.saved', { name: 'a.json' })).toEqual({ vi: 'Đã lưu "a.json".', en: 'Saved "a.json".' });
  });
});

describe('formats', () => {
  it('reads issue counts the way the status bar announces them', () => {
    expect(issueCountsText({ error: 2, warning: 1 }, 'vi')).toBe('2 lỗi, 1 cảnh báo');
    expect(issueCountsText({ error: 2, warning: 1 }, 'en')).toBe('2 errors, 1 warning');
    expect(issueCountsText({ error: 1, warning: 0 }, 'en')).toBe('1 error, 0 warnings');
    expect(issueCountsText({ error: 1200, warning: 0 }, 'vi')).toBe('1.200 lỗi, 0 cảnh báo');
  });

  it('shows instants as dd/MM/yyyy HH:mm in Vietnam time, whatever the machine zone', () => {
    expect(formatVietnamTime('2025-03-01T17:30:00Z')).toBe('02/03/2025 00:30');
    expect(formatVietnamTime('not a date')).toBe('not a date');
  });
});
