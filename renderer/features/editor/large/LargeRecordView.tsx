/**
 * The JSON view of a large document: one record at a time, read-only, fetched from the worker
 * that holds the text — exactly as written in the file, or laid out for reading. It follows the
 * shared selection (an issue or a tree node in another record brings that record here), and a
 * click on a marked value selects it in every view.
 */
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Box, IconButton, LinearProgress, Stack, TextField, ToggleButton, ToggleButtonGroup, Tooltip, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { recordIndexOf } from '../../../../shared/document/records';
import { formatPath } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import type { RecordText } from '../../../workers/protocol';
import { useEditorStore } from '../model/EditorContext';
import type { EditorDocument } from '../model/types';
import { markFirstRecord } from './benchMarks';
import { RecordTextView } from './RecordTextView';

/** The record view of a large document. */
export function LargeRecordView({ doc }: { doc: EditorDocument }) {
  const store = useEditorStore();
  const { t, lang } = useI18n();
  const large = doc.large!;
  const count = large.layout.count;
  const [index, setIndex] = useState(0);
  const [record, setRecord] = useState<RecordText | null>();
  const [layout, setLayout] = useState<'file' | 'readable'>();

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

  useEffect(() => {
    if (record) markFirstRecord(doc.id);
  }, [record, doc.id]);

  // A record written on one long line is laid out for reading unless the user asks for the file's text.
  const oneLongLine = !!record && record.text.length > 200 && !record.text.includes('\n');
  const shown = layout ?? (oneLongLine ? 'readable' : 'file');
  const text = useMemo(() => (record ? (shown === 'readable' ? JSON.stringify(record.value, null, 2) : record.text) : ''), [record, shown]);
  const issues = useMemo(() => (record ? doc.issues.ofRecord(record.index) : []), [record, doc.issues]);
  const selectedHere = record && selection && recordIndexOf(large.layout, selection.path) === record.index ? selection.path : undefined;

  const go = (i: number) => setIndex(Math.max(0, Math.min(count - 1, i)));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap', rowGap: 0.5 }}>
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
          sx={{ width: 150 }}
          slotProps={{ htmlInput: { min: 1, max: count } }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            const n = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(n)) go(n - 1);
          }}
        />
        <ToggleButtonGroup size="small" exclusive value={shown} aria-label={t('large.layout')} onChange={(_e, v: 'file' | 'readable' | null) => v && setLayout(v)}>
          <ToggleButton value="file" sx={{ py: 0.25, textTransform: 'none' }}>
            {t('large.asWritten')}
          </ToggleButton>
          <ToggleButton value="readable" sx={{ py: 0.25, textTransform: 'none' }}>
            {t('large.readable')}
          </ToggleButton>
        </ToggleButtonGroup>
        {record && (
          <Typography variant="caption" color="text.secondary">
            {t('large.recordAt', { path: formatPath(record.path), line: formatNumber(record.line, lang) })}
          </Typography>
        )}
      </Stack>
      {record === undefined && count > 0 && <LinearProgress aria-label={t('large.loadingRecord')} />}
      {record && (
        <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }} data-testid="large-record" data-record-index={record.index}>
          <RecordTextView
            text={text}
            recordPath={record.path}
            issues={issues}
            selected={selectedHere}
            lang={lang}
            label={t('large.recordOf', { n: formatNumber(record.index + 1, lang), total: formatNumber(count, lang) })}
            onSelect={(path, issue) => store.select(path, 'json', issue, doc.id)}
          />
        </Box>
      )}
    </Box>
  );
}
