/**
 * "Mask personal data" on the open document (issue 6 §1): options, a preview of every value that
 * changes (before → after), then the masked copy opens as a new tab — marked as masked by its
 * `$masked` key, so the editor shows the banner and sending refuses it for production — or is
 * saved straight away. The original document is never changed.
 */
import { Alert, AlertTitle, Box, Button, Checkbox, FormControlLabel, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import { useI18n } from '../../../i18n/I18nProvider';
import { WrappingPath } from '../../editor/issues/IssueItem';
import type { EditorDocument } from '../../editor/model/types';
import { documentText } from '../documentText';
import { stemOf } from '../exports/download';
import { ExportTargets } from '../exports/ExportTargets';
import type { Exporter } from '../exports/useExporter';
import { maskDocumentText, type MaskOptionsUi, type MaskOutcome } from './maskPreview';
import { MONO } from '../../../theme/fonts';
import { ToolDialog } from '../ToolDialog';

const SHOWN = 200;

export interface MaskDialogProps {
  open: boolean;
  doc?: EditorDocument;
  appVersion: string;
  exporter: Exporter;
  onClose(): void;
  /** Opens the masked text as a new document tab. */
  onOpenMasked(name: string, text: string): void;
}

/** The masking dialog. */
export function MaskDialog({ open, doc, appVersion, exporter, onClose, onOpenMasked }: MaskDialogProps) {
  const { t, tl } = useI18n();
  const [options, setOptions] = useState<MaskOptionsUi>({ keepStructure: false, removeSecrets: false });
  const [text, setText] = useState<string>();
  const [loadError, setLoadError] = useState<Localized>();

  useEffect(() => {
    if (!open || !doc) return;
    let live = true;
    setText(undefined);
    setLoadError(undefined);
    documentText(doc).then(
      (tx) => live && setText(tx),
      (e: unknown) => live && setLoadError({ vi: String(e), en: String(e) }),
    );
    return () => {
      live = false;
    };
  }, [open, doc?.id, doc?.version]);

  // One masking per text and options: the preview is exactly what opens or is saved.
  const outcome = useMemo<MaskOutcome | undefined>(
    () => (text === undefined || !doc ? undefined : maskDocumentText(text, doc.info.name, options, appVersion)),
    [text, doc?.info.name, options, appVersion],
  );
  const name = doc ? t('mask.fileName', { stem: stemOf(doc.info.name) }) : '';
  const ok = outcome?.ok ? outcome : undefined;

  return (
    <ToolDialog
      open={open}
      onClose={onClose}
      titleId="mask-title"
      title={t('mask.title')}
      help={t('mask.help')}
      actions={
        <>
          <Button onClick={onClose}>{t('hd.cancel')}</Button>
          <Button variant="contained" disabled={!ok} onClick={() => ok && onOpenMasked(name, ok.text)}>
            {t('mask.openTab')}
          </Button>
        </>
      }
    >
      {doc?.masked && <Alert severity="info">{t('mask.alreadyMasked')}</Alert>}
      <Box>
        <FormControlLabel control={<Checkbox checked={options.keepStructure} onChange={(e) => setOptions((o) => ({ ...o, keepStructure: e.target.checked }))} />} label={t('mask.keepStructure')} />
        <FormControlLabel control={<Checkbox checked={options.removeSecrets} onChange={(e) => setOptions((o) => ({ ...o, removeSecrets: e.target.checked }))} />} label={t('mask.removeSecrets')} />
      </Box>
      {loadError && <Alert severity="error">{tl(loadError)}</Alert>}
      {outcome && !outcome.ok && (
        <Alert severity="error">
          <AlertTitle>{t('mask.failed')}</AlertTitle>
          {tl(outcome.error)}
        </Alert>
      )}
      {ok && (
        <Box component="section" aria-labelledby="mask-preview-title">
          <Typography id="mask-preview-title" variant="subtitle2" sx={{ mb: 0.5 }}>
            {t('mask.preview', { count: ok.changes.length })}
          </Typography>
          <Box sx={{ maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" stickyHeader aria-labelledby="mask-preview-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t('triage.path')}</TableCell>
                  <TableCell>{t('mask.before')}</TableCell>
                  <TableCell>{t('mask.after')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {ok.changes.slice(0, SHOWN).map((c) => (
                  <TableRow key={`${c.path}:${c.key ? 'k' : 'v'}`}>
                    {/* Broken between segments, as in the issues panel ("…DinhDanhCHS[0].SoDinhDa|nh" read badly). */}
                    <TableCell sx={{ fontFamily: MONO, fontSize: 12, overflowWrap: 'anywhere' }}>
                      <WrappingPath path={c.path} />
                    </TableCell>
                    <TableCell sx={{ color: 'error.main', wordBreak: 'break-word' }}>{c.before}</TableCell>
                    <TableCell sx={{ color: 'success.main', wordBreak: 'break-word' }}>{c.after ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          {ok.changes.length > SHOWN && (
            <Typography variant="caption" color="text.secondary">
              {t('mask.more', { count: ok.changes.length - SHOWN })}
            </Typography>
          )}
        </Box>
      )}
      {ok && (
        <ExportTargets exporter={exporter} suggestedName={name} build={async () => [{ name, text: ok.text, mime: 'application/json' }]} />
      )}
    </ToolDialog>
  );
}
