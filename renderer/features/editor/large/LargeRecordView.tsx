/**
 * The JSON view of a large document: one record at a time, exactly as written in the file,
 * read-only, fetched from the worker that holds the text. It follows the shared selection (an
 * issue or a tree node in another record brings that record here) and the cursor selects paths
 * like the full editor does.
 */
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Box, IconButton, LinearProgress, Stack, TextField, Tooltip, Typography, useTheme } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { recordIndexOf } from '../../../../shared/document/records';
import { formatPath } from '../../../../shared/issues/issue';
import { parseTree, pathAtOffset, rangeOfPath } from '../../../../shared/parse/tree';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import type { RecordText } from '../../../workers/protocol';
import { useEditorStore } from '../model/EditorContext';
import type { EditorDocument } from '../model/types';
import { issueMarkers, MARKER_OWNER } from '../json/markers';
import { monaco } from '../json/monacoSetup';
import { markFirstRecord } from './benchMarks';

/** The record view of a large document. */
export function LargeRecordView({ doc }: { doc: EditorDocument }) {
  const store = useEditorStore();
  const { t, lang } = useI18n();
  const theme = useTheme();
  const large = doc.large!;
  const count = large.layout.count;
  const [index, setIndex] = useState(0);
  const [record, setRecord] = useState<RecordText | null>();
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    const editor = monaco.editor.create(host.current!, {
      readOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      ariaLabel: t('json.ariaLabel'),
    });
    editorRef.current = editor;
    return () => {
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(theme.palette.mode === 'dark' ? 'vs-dark' : 'vs');
  }, [theme.palette.mode]);

  // A selection made elsewhere in another record brings that record here.
  const selection = doc.selection;
  useEffect(() => {
    if (!selection || selection.source === 'json') return;
    const i = recordIndexOf(large.layout, selection.path);
    if (i !== undefined && i !== index) setIndex(i);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection?.seq]);

  // Fetch the record from the worker.
  useEffect(() => {
    let live = true;
    setRecord(undefined);
    if (count === 0) return;
    void large.getRecord(index).then((r) => live && setRecord(r));
    return () => {
      live = false;
    };
  }, [large, index, count]);

  // Show it, with its issues as markers, and reveal the selected path inside it.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !record) return;
    const old = editor.getModel();
    const model = monaco.editor.createModel(record.text, 'json');
    editor.setModel(model);
    old?.dispose();
    const shifted = doc.issues.ofRecord(record.index).flatMap((issue) => {
      if (!issue.range || record.offset < 0) return [];
      const start = model.getPositionAt(issue.range.offset - record.offset);
      const end = model.getPositionAt(issue.range.offset - record.offset + issue.range.length);
      return [{ ...issue, range: { ...issue.range, line: start.lineNumber, column: start.column, endLine: end.lineNumber, endColumn: end.column } }];
    });
    monaco.editor.setModelMarkers(model, MARKER_OWNER, issueMarkers(monaco, shifted, lang));
    markFirstRecord(doc.id);
    const sel = store.document(doc.id)?.selection;
    if (sel && recordIndexOf(large.layout, sel.path) === record.index) {
      const tree = parseTree(record.text);
      const r = rangeOfPath(tree, sel.path.slice(record.path.length));
      if (r) {
        const s = model.getPositionAt(r.offset);
        const e = model.getPositionAt(r.offset + r.length);
        const range = new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column);
        editor.setSelection(range, 'api');
        editor.revealRangeInCenterIfOutsideViewport(range);
      }
    }
    const cursor = editor.onDidChangeCursorSelection((e) => {
      if (e.source === 'api') return;
      const relative = pathAtOffset(record.text, model.getOffsetAt(e.selection.getPosition()));
      store.select([...record.path, ...relative], 'json', undefined, doc.id);
    });
    return () => cursor.dispose();
  }, [record, doc.issues, doc.id, lang, large.layout, store, selection?.seq]);

  const go = (i: number) => setIndex(Math.max(0, Math.min(count - 1, i)));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }}>
        <Tooltip title={t('large.previous')}>
          <span>
            <IconButton size="small" aria-label={t('large.previous')} disabled={index === 0} onClick={() => go(index - 1)}>
              <NavigateBeforeIcon />
            </IconButton>
          </span>
        </Tooltip>
        <Typography variant="body2" data-testid="large-record-position">
          {count === 0 ? t('large.noRecords') : t('large.recordOf', { n: formatNumber(index + 1, lang), total: formatNumber(count, lang) })}
        </Typography>
        <Tooltip title={t('large.next')}>
          <span>
            <IconButton size="small" aria-label={t('large.next')} disabled={index >= count - 1} onClick={() => go(index + 1)}>
              <NavigateNextIcon />
            </IconButton>
          </span>
        </Tooltip>
        <TextField
          size="small"
          type="number"
          label={t('large.goTo')}
          sx={{ width: 170 }}
          slotProps={{ htmlInput: { min: 1, max: count } }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            const n = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(n)) go(n - 1);
          }}
        />
        {record && (
          <Typography variant="caption" color="text.secondary">
            {t('large.recordAt', { path: formatPath(record.path), line: formatNumber(record.line, lang) })}
          </Typography>
        )}
      </Stack>
      {record === undefined && count > 0 && <LinearProgress aria-label={t('large.loadingRecord')} />}
      <Box ref={host} sx={{ flex: 1, minHeight: 240 }} data-testid="large-record" data-record-index={record?.index ?? ''} />
    </Box>
  );
}
