/**
 * The preview of a quick fix or of a paste-fault repair: each changed line before and after,
 * applied only when the user confirms (nothing is changed silently; spec README.md).
 */
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { useMemo } from 'react';
import { fixChange, previewChange, type ChangePreview } from '../../../../shared/document/fixPreview';
import type { Localized } from '../../../../shared/i18n/localized';
import type { FixEdit } from '../../../../shared/issues/issue';
import type { TextEdit } from '../../../../shared/document/textEdits';
import { useI18n } from '../../../i18n/I18nProvider';
import { MONO } from '../../../theme/fonts';

/** What is previewed: a quick fix (edits by path) or a repair (text edits). */
export type PreviewSubject = { kind: 'fix'; title: Localized; edits: FixEdit[]; path?: string } | { kind: 'repair'; title: Localized; description?: Localized; edits: TextEdit[] };

export interface ChangePreviewDialogProps {
  subject?: PreviewSubject;
  text: string;
  onApply(subject: PreviewSubject): void;
  onClose(): void;
}

function Line({ sign, line, text, tone }: { sign: string; line: number; text: string; tone: 'error' | 'success' }) {
  return (
    <Box
      component="pre"
      sx={{ m: 0, px: 1, py: 0.25, fontFamily: MONO, fontSize: 13, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', bgcolor: `${tone}.main`, color: `${tone}.contrastText`, opacity: 0.92 }}
    >
      {`${sign} ${String(line).padStart(4)}  ${text}`}
    </Box>
  );
}

/** The preview dialog; open while `subject` is set. */
export function ChangePreviewDialog({ subject, text, onApply, onClose }: ChangePreviewDialogProps) {
  const { t, tl } = useI18n();
  const preview: ChangePreview | undefined = useMemo(() => {
    if (!subject) return undefined;
    const edits = subject.kind === 'fix' ? fixChange(text, subject.edits) : subject.edits;
    return edits ? previewChange(text, edits) : undefined;
  }, [subject, text]);
  const stale = subject && (!preview || preview.edits.length === 0);
  return (
    <Dialog open={Boolean(subject)} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="preview-title">
      <DialogTitle id="preview-title">{subject ? t(subject.kind === 'fix' ? 'preview.fixTitle' : 'preview.repairTitle', { title: tl(subject.title) }) : ''}</DialogTitle>
      <DialogContent>
        {subject?.kind === 'repair' && subject.description && <DialogContentText sx={{ mb: 1 }}>{tl(subject.description)}</DialogContentText>}
        {stale ? (
          <Alert severity="warning">{t('edit.fixStale')}</Alert>
        ) : (
          <Box role="region" aria-label={t('preview.changes')} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            {preview?.hunks.map((h, i) => (
              <Box key={i} aria-label={t('preview.hunk', { line: h.line })} role="group">
                <Typography variant="caption" color="text.secondary">
                  {t('preview.before')}
                </Typography>
                <Line sign="−" line={h.line} text={h.before} tone="error" />
                <Typography variant="caption" color="text.secondary">
                  {t('preview.after')}
                </Typography>
                <Line sign="+" line={h.line} text={h.after} tone="success" />
              </Box>
            ))}
            {preview && preview.more > 0 && <Typography variant="body2">{t('preview.more', { n: preview.more })}</Typography>}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button variant="contained" disabled={Boolean(stale)} onClick={() => subject && onApply(subject)}>
          {t('preview.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
