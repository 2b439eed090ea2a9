/**
 * The notices of the shell, stacked above the status bar; each can be dismissed.
 */
import { Alert, AlertTitle, Stack } from '@mui/material';
import { useI18n } from '../../i18n/I18nProvider';
import type { Notices } from './useNotices';

/** The notice area. */
export function NoticeStack({ notices }: { notices: Notices }) {
  const { t, tl } = useI18n();
  if (notices.list.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ px: 3, pb: 1 }}>
      {notices.list.map((n) => (
        <Alert
          key={n.id}
          severity={n.severity}
          role={n.severity === 'error' ? 'alert' : 'status'}
          onClose={() => notices.dismiss(n.id)}
          slotProps={{ closeButton: { title: t('action.dismiss'), 'aria-label': t('action.dismiss') } }}
        >
          {n.title && <AlertTitle>{tl(n.title)}</AlertTitle>}
          {tl(n.message)}
        </Alert>
      ))}
    </Stack>
  );
}
