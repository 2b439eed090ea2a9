/**
 * "Normalise the document's Vietnamese text" (issue 6 §5): every change listed with its
 * character diff and what it does (NFC, invisible characters, curly quotes, a decoded legacy
 * encoding — marked as a guess to check); untick any row; one click applies the rest as one
 * undoable change of the editor's history.
 */
import { Alert, Box, Button, Checkbox, Chip, List, ListItem, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { pick } from '../../../../shared/i18n/localized';
import { MOJIBAKE_FAMILIES } from '../../../../shared/text/index';
import { localize, type MessageKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import { useEditorStore } from '../../editor/model/EditorContext';
import { useRecordSpec } from '../../editor/model/recordSpec';
import type { EditorDocument } from '../../editor/model/types';
import type { Notices } from '../../shell/useNotices';
import { DiffText } from './DiffText';
import { normalizeEdits, normalizePlan, type NormalizeItem } from './normalizePlan';
import { MONO } from '../../../theme/fonts';
import { ToolDialog } from '../ToolDialog';

export interface NormalizeDialogProps {
  open: boolean;
  doc?: EditorDocument;
  notices: Notices;
  onClose(): void;
}

const STEP: Record<NormalizeItem['steps'][number], MessageKey> = {
  nfc: 'lens.step.nfc',
  invisible: 'lens.step.invisible',
  smartQuotes: 'lens.step.smartQuotes',
  mojibake: 'lens.step.mojibake',
};

/** The dialog. */
export function NormalizeDialog({ open, doc, notices, onClose }: NormalizeDialogProps) {
  const { t, lang } = useI18n();
  const store = useEditorStore();
  const spec = useRecordSpec();
  const text = doc && !doc.large ? doc.text : '';
  const root = spec.objectAt([]);
  const items = useMemo(() => (open && text ? normalizePlan(text, root) : []), [open, text, root]);
  const [off, setOff] = useState<Set<string>>(new Set());
  useEffect(() => setOff(new Set()), [open, doc?.version]);
  const chosen = items.filter((i) => !off.has(i.path));

  const apply = () => {
    if (!doc) return;
    const r = store.applyTextEdits(normalizeEdits(chosen), 'fix', doc.id);
    if (!r.ok) notices.push({ severity: 'error', message: r.reason });
    else notices.push({ severity: 'success', message: localize('lens.applied', { count: chosen.length }) });
    onClose();
  };

  return (
    <ToolDialog
      open={open}
      onClose={onClose}
      titleId="normalize-title"
      title={t('lens.normalizeTitle')}
      help={t('lens.normalizeHelp')}
      gap={1}
      actions={
        <>
          <Button onClick={onClose}>{t('hd.cancel')}</Button>
          <Button variant="contained" disabled={chosen.length === 0 || !doc || doc.readOnly} onClick={apply}>
            {t('lens.apply', { count: chosen.length })}
          </Button>
        </>
      }
    >
      {doc?.large && <Alert severity="info">{t('hd.large')}</Alert>}
      {doc && doc.parse.state === 'syntax' && <Alert severity="warning">{t('hd.notJson')}</Alert>}
      {items.length === 0 ? (
        <Alert severity="success">{t('lens.normalizeNone')}</Alert>
      ) : (
        <>
          <Typography variant="subtitle2">{t('lens.normalizeCount', { count: chosen.length })}</Typography>
          <List dense aria-label={t('lens.normalizeTitle')} sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
            {items.map((i) => (
              <ListItem key={i.path} divider sx={{ alignItems: 'flex-start', gap: 1 }}>
                <Checkbox
                  edge="start"
                  checked={!off.has(i.path)}
                  slotProps={{ input: { 'aria-label': i.path } }}
                  onChange={(e) =>
                    setOff((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.delete(i.path);
                      else next.add(i.path);
                      return next;
                    })
                  }
                />
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="caption" sx={{ fontFamily: MONO, display: 'block', color: 'text.secondary' }}>
                    {i.path}
                  </Typography>
                  <DiffText diff={i.diff} />
                  <Box sx={{ display: 'flex', gap: 0.5, mt: 0.5, flexWrap: 'wrap' }}>
                    {i.steps.map((s) => (
                      <Chip key={s} size="small" variant="outlined" color={s === 'mojibake' ? 'warning' : 'default'} label={t(STEP[s], { family: i.family ? pick(MOJIBAKE_FAMILIES[i.family], lang) : '' })} />
                    ))}
                    {i.steps.includes('mojibake') && <Chip size="small" color="warning" label={t('lens.guess')} />}
                  </Box>
                </Box>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </ToolDialog>
  );
}
