/**
 * Compare (issue 4 §6): the document against its saved version or another open document —
 * Monaco's diff editor for the texts, and beside it the field-level differences that ignore key
 * order and whitespace (shared/document/semanticDiff.ts, records matched by MaHoSo). Clicking a
 * difference shows it in the diff and selects the field in the document.
 */
import CloseIcon from '@mui/icons-material/Close';
import { Alert, AppBar, Box, Dialog, FormControl, IconButton, InputLabel, List, ListItemButton, ListItemText, MenuItem, Select, Toolbar, Typography, useTheme } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import { semanticDiff, type FieldDifference } from '../../../../shared/document/semanticDiff';
import { parseJson } from '../../../../shared/parse/json';
import { parseTree, rangeOfPath } from '../../../../shared/parse/tree';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import { useEditorStore } from '../model/EditorContext';
import type { EditorDocument } from '../model/types';
import { monaco } from '../json/monacoSetup';
import { MONO } from '../../../theme/fonts';
import { remeasureWhenFontsLoad } from '../json/monacoFonts';

const DIFF_LIMIT = 2000;

function show(value: unknown): string {
  if (value === undefined) return '—';
  const s = JSON.stringify(value);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

export interface CompareDialogProps {
  doc: EditorDocument;
  documents: EditorDocument[];
  onClose(): void;
}

/** The compare window. */
export function CompareDialog({ doc, documents, onClose }: CompareDialogProps) {
  const store = useEditorStore();
  const { t, lang } = useI18n();
  const theme = useTheme();
  const others = documents.filter((d) => d.id !== doc.id && !d.large);
  const [against, setAgainst] = useState<string>('saved');
  const host = useRef<HTMLDivElement>(null);
  const diffRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const otherDoc = against === 'saved' ? undefined : others.find((d) => d.id === against);
  const leftText = otherDoc ? otherDoc.text : doc.savedText;
  const leftName = otherDoc ? otherDoc.info.name : t('compare.savedVersion');

  const fields = useMemo(() => {
    const a = parseJson(leftText);
    const b = parseJson(doc.text);
    if (!a.ok || !b.ok) return undefined;
    return semanticDiff(a.value, b.value, { limit: DIFF_LIMIT });
  }, [leftText, doc.text]);

  useEffect(() => {
    if (doc.large || !host.current) return;
    const editor = monaco.editor.createDiffEditor(host.current, { readOnly: true, originalEditable: false, automaticLayout: true, renderSideBySide: true, minimap: { enabled: false }, fontFamily: MONO });
    remeasureWhenFontsLoad();
    diffRef.current = editor;
    return () => {
      const m = editor.getModel();
      editor.dispose();
      m?.original.dispose();
      m?.modified.dispose();
      diffRef.current = null;
    };
  }, [doc.large]);

  useEffect(() => {
    const editor = diffRef.current;
    if (!editor) return;
    const old = editor.getModel();
    editor.setModel({ original: monaco.editor.createModel(leftText, 'json'), modified: monaco.editor.createModel(doc.text, 'json') });
    old?.original.dispose();
    old?.modified.dispose();
  }, [leftText, doc.text]);

  useEffect(() => {
    monaco.editor.setTheme(theme.palette.mode === 'dark' ? 'vs-dark' : 'vs');
  }, [theme.palette.mode]);

  const reveal = (d: FieldDifference) => {
    const editor = diffRef.current;
    const removed = d.kind === 'removed';
    const text = removed ? leftText : doc.text;
    const range = rangeOfPath(parseTree(text), d.path);
    const side = removed ? editor?.getOriginalEditor() : editor?.getModifiedEditor();
    const model = side?.getModel();
    if (side && model && range) {
      const s = model.getPositionAt(range.offset);
      const e = model.getPositionAt(range.offset + range.length);
      const r = new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column);
      side.setSelection(r);
      side.revealRangeInCenter(r);
    }
    if (!removed) store.select(d.path, 'issues', undefined, doc.id);
  };

  return (
    <Dialog fullScreen open onClose={onClose} aria-labelledby="compare-title">
      <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography id="compare-title" variant="h6" component="h1" sx={{ flex: 1 }}>
            {t('compare.title', { name: doc.info.name })}
          </Typography>
          <FormControl size="small" sx={{ minWidth: 260 }}>
            <InputLabel id="compare-with">{t('compare.with')}</InputLabel>
            <Select labelId="compare-with" label={t('compare.with')} value={otherDoc ? against : 'saved'} onChange={(e) => setAgainst(e.target.value)}>
              <MenuItem value="saved">{t('compare.savedVersion')}</MenuItem>
              {others.map((d) => (
                <MenuItem key={d.id} value={d.id}>
                  {d.info.name}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <IconButton aria-label={t('compare.close')} onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Toolbar>
      </AppBar>
      {doc.large ? (
        <Alert severity="info" sx={{ m: 2 }}>
          {t('compare.large')}
        </Alert>
      ) : (
        <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
          <Box sx={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 }}>
            <Typography variant="caption" sx={{ px: 1, py: 0.5 }} color="text.secondary">
              {t('compare.sides', { left: leftName, right: doc.info.name })}
            </Typography>
            <Box ref={host} sx={{ flex: 1, minHeight: 300 }} data-testid="compare-diff" />
          </Box>
          <Box component="section" aria-labelledby="compare-fields-title" sx={{ width: 420, borderLeft: 1, borderColor: 'divider', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
            <Typography id="compare-fields-title" variant="subtitle1" component="h2" sx={{ px: 1.5, pt: 1 }}>
              {t('compare.fields')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, pb: 1 }} role="status">
              {fields === undefined ? t('compare.notJson') : fields.length === 0 ? t('compare.same') : t('compare.count', { n: formatNumber(fields.length, lang), count: fields.length })}
            </Typography>
            <List dense aria-labelledby="compare-fields-title" sx={{ overflow: 'auto', flex: 1 }}>
              {fields?.map((d, i) => (
                <ListItemButton key={i} onClick={() => reveal(d)}>
                  <ListItemText
                    primary={`${t(`compare.${d.kind}`)} · ${d.label}`}
                    secondary={d.kind === 'changed' ? `${show(d.before)} → ${show(d.after)}` : d.kind === 'added' ? show(d.after) : show(d.before)}
                    slotProps={{ primary: { sx: { fontFamily: MONO, overflowWrap: 'anywhere' } }, secondary: { sx: { overflowWrap: 'anywhere' } } }}
                  />
                </ListItemButton>
              ))}
            </List>
          </Box>
        </Box>
      )}
    </Dialog>
  );
}
