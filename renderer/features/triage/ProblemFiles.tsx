/**
 * The files of the batch that could not be read or are not JSON, each with its reason (and line
 * for a syntax error), and the entries the folder walk skipped — never silently dropped.
 */
import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import type { BatchView } from '../../../shared/ipc/helpdesk';
import { useI18n } from '../../i18n/I18nProvider';
import { MONO } from '../../theme/fonts';

/** The list, or nothing when every file was read. */
export function ProblemFiles({ view }: { view: BatchView }) {
  const { t, tl } = useI18n();
  const bad = view.files.filter((f) => f.problem);
  if (bad.length === 0 && view.skipped.length === 0) return null;
  return (
    <Alert severity="warning" role="region" aria-labelledby="problem-files-title">
      <AlertTitle id="problem-files-title">{t('triage.unreadableTitle')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {bad.map((f) => (
          <li key={f.id}>
            <Typography component="span" sx={{ fontFamily: MONO, fontSize: 13 }}>
              {f.name}
            </Typography>
            {f.problem?.line !== undefined && ` (${t('triage.lineColumn', { line: f.problem.line, column: f.problem.column ?? 1 })})`}: {f.problem && tl(f.problem.message)}
          </li>
        ))}
        {view.skipped.map((s) => (
          <li key={`skip:${s.name}`}>
            <Typography component="span" sx={{ fontFamily: MONO, fontSize: 13 }}>
              {s.name}
            </Typography>
            : {t('triage.skipped')} — {tl(s.reason)}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
