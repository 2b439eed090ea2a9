/**
 * "Show code points" (issue 6 §5): every character of the selected value (selected in the tree,
 * the form, the JSON view or the issues panel — the editor's one selection) with its U+ number,
 * its Unicode name and what it is, the value's normalisation form and its text problems, and a
 * button that normalises just this value. Why "Hằng" ≠ "Hằng" becomes visible.
 */
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import { codePoints, normalizationForm, normalize, type CodePointKind } from '../../../../shared/text/index';
import { isCodeField, scanValue } from '../../../../shared/text/scan';
import { localize, type MessageKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import { useEditorStore } from '../../editor/model/EditorContext';
import { useRecordSpec } from '../../editor/model/recordSpec';
import type { EditorDocument } from '../../editor/model/types';
import type { Notices } from '../../shell/useNotices';
import { MONO } from '../../../theme/fonts';

export interface CodePointsDialogProps {
  open: boolean;
  doc?: EditorDocument;
  notices: Notices;
  onClose(): void;
}

const KIND: Record<CodePointKind, MessageKey> = {
  letter: 'lens.kind.letter',
  digit: 'lens.kind.digit',
  combining: 'lens.kind.combining',
  invisible: 'lens.kind.invisible',
  space: 'lens.kind.space',
  quote: 'lens.kind.quote',
  control: 'lens.kind.control',
  other: 'lens.kind.other',
};

/** The value at a path of a parsed document. */
export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** The dialog. */
export function CodePointsDialog({ open, doc, notices, onClose }: CodePointsDialogProps) {
  const { t, tl } = useI18n();
  const store = useEditorStore();
  const spec = useRecordSpec();
  const path = doc?.selection?.path ?? [];
  const value = doc && doc.parse.state === 'ok' && doc.selection ? valueAt(doc.parse.value, path) : undefined;
  const shownPath = formatPath(path) || '""';
  const key = [...path].reverse().find((s): s is string => typeof s === 'string');
  const code = isCodeField(spec.fieldAt(path), key);
  const points = useMemo(() => (typeof value === 'string' ? codePoints(value) : []), [value]);
  const problems = typeof value === 'string' ? scanValue(value, code) : [];
  const fixed = typeof value === 'string' ? normalize(value, { smartQuotes: code, mojibake: problems.some((p) => p.code === 'text.mojibake') }) : undefined;

  const normaliseThis = () => {
    if (!doc || !fixed) return;
    const r = store.setValue(path, fixed.value, 'fix', doc.id);
    notices.push(r.ok ? { severity: 'success', message: localize('lens.applied', { count: 1 }) } : { severity: 'error', message: r.reason });
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="codepoints-title">
      <DialogTitle id="codepoints-title">{t('lens.codePointsTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        {typeof value !== 'string' ? (
          <Alert severity="info">{doc?.selection ? t('lens.notText', { path: shownPath }) : t('lens.selectValue')}</Alert>
        ) : (
          <>
            <Typography variant="subtitle2">{t('lens.codePointsOf', { path: shownPath })}</Typography>
            <Box sx={{ fontSize: 22, p: 1, border: 1, borderColor: 'divider', borderRadius: 1, wordBreak: 'break-word' }}>{value || '""'}</Box>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              <Chip size="small" label={t('lens.form', { form: normalizationForm(value).toUpperCase() })} />
              {problems.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {t('lens.noProblem')}
                </Typography>
              ) : (
                <Typography variant="body2" color="warning.main">
                  {t('lens.problems', { list: problems.map((p) => p.code).join(', ') })}
                </Typography>
              )}
            </Box>
            <Box sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
              <Table size="small" stickyHeader aria-label={t('lens.codePointsTitle')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('lens.char')}</TableCell>
                    <TableCell>{t('lens.codePoint')}</TableCell>
                    <TableCell>{t('lens.name')}</TableCell>
                    <TableCell>{t('lens.kind')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {points.map((p) => {
                    const odd = p.kind === 'combining' || p.kind === 'invisible' || p.kind === 'quote' || p.kind === 'control' || (p.kind === 'space' && p.char !== ' ');
                    return (
                      <TableRow key={p.index} sx={odd ? { bgcolor: 'action.selected' } : undefined}>
                        <TableCell sx={{ fontSize: 18, fontFamily: 'serif' }}>{p.kind === 'combining' ? `◌${p.char}` : p.kind === 'invisible' || p.kind === 'control' ? '·' : p.char}</TableCell>
                        <TableCell sx={{ fontFamily: MONO }}>{p.codePoint}</TableCell>
                        <TableCell sx={{ fontFamily: MONO, fontSize: 12 }}>
                          {p.name ?? ''}
                          {p.label && (
                            <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                              {tl(p.label)}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell>{t(KIND[p.kind])}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('hd.close')}</Button>
        {fixed?.changed && (
          <Button variant="contained" disabled={!doc || doc.readOnly} onClick={normaliseThis}>
            {t('lens.apply', { count: 1 })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
