/**
 * The notices of the shell, stacked above the status bar; each can be dismissed. A success
 * (saved, applied, downloaded) leaves by itself after SUCCESS_NOTICE_MS unless the pointer or the
 * focus is on it: confirmations left on screen stacked up over the editor (two of them took a
 * third of the JSON view at 1024×700) and stayed there for documents they did not concern.
 * Errors, warnings and information stay until dismissed, so nothing important disappears.
 */
import { Alert, AlertTitle, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Notice, Notices } from './useNotices';

/** How long a success notice stays when nobody points at it or focuses it. */
export const SUCCESS_NOTICE_MS = 8000;

/** One notice; a success dismisses itself when left alone. */
function NoticeItem({ notice, dismiss }: { notice: Notice; dismiss(id: number): void }) {
  const { t, tl } = useI18n();
  const [held, setHeld] = useState(false);
  const timed = notice.severity === 'success';
  useEffect(() => {
    if (!timed || held) return;
    const timer = setTimeout(() => dismiss(notice.id), SUCCESS_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [timed, held, dismiss, notice.id]);
  const hold = timed ? { onMouseEnter: () => setHeld(true), onMouseLeave: () => setHeld(false), onFocus: () => setHeld(true), onBlur: () => setHeld(false) } : {};
  return (
    <Alert
      severity={notice.severity}
      role={notice.severity === 'error' ? 'alert' : 'status'}
      onClose={() => dismiss(notice.id)}
      slotProps={{ closeButton: { title: t('action.dismiss'), 'aria-label': t('action.dismiss') } }}
      {...hold}
    >
      {notice.title && <AlertTitle>{tl(notice.title)}</AlertTitle>}
      {tl(notice.message)}
    </Alert>
  );
}

/** The notice area. */
export function NoticeStack({ notices }: { notices: Notices }) {
  if (notices.list.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ px: 3, pb: 1 }}>
      {notices.list.map((n) => (
        <NoticeItem key={n.id} notice={n} dismiss={notices.dismiss} />
      ))}
    </Stack>
  );
}
