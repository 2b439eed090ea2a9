/**
 * Messages for the user (a file that could not be opened, a saved file, a corrupt settings file
 * set aside). Each stays until dismissed, so nothing important disappears on a timer; only a
 * success confirmation leaves by itself (NoticeStack).
 */
import { useCallback, useState } from 'react';
import type { Localized } from '../../../shared/i18n/localized';

export interface Notice {
  id: number;
  severity: 'error' | 'warning' | 'info' | 'success';
  title?: Localized;
  message: Localized;
}

export interface Notices {
  list: Notice[];
  push(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** The notice list of the shell. */
export function useNotices(): Notices {
  const [list, setList] = useState<Notice[]>([]);
  const push = useCallback((notice: Omit<Notice, 'id'>) => setList((l) => [...l.slice(-4), { ...notice, id: nextId++ }]), []);
  const dismiss = useCallback((id: number) => setList((l) => l.filter((n) => n.id !== id)), []);
  return { list, push, dismiss };
}
