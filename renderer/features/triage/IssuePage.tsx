/**
 * The issues of one group of the batch (a rule, an agency, a kind, a service or a file), fetched
 * from the host a page at a time; each can be opened in the editor at its place.
 */
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Box, Button, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { BatchIssueRow, IssueFilter } from '../../../shared/ipc/helpdesk';
import type { Localized } from '../../../shared/i18n/localized';
import { specRefText } from '../../../shared/report/format';
import { useI18n } from '../../i18n/I18nProvider';
import { MONO } from '../../theme/fonts';

const PAGE = 100;

export interface IssuePageProps {
  bridge: Bridge;
  batchId: string;
  filter: IssueFilter;
  title: string;
  onOpen(row: BatchIssueRow): void;
}

/** The list. */
export function IssuePage({ bridge, batchId, filter, title, onOpen }: IssuePageProps) {
  const { t, tl, lang } = useI18n();
  const [rows, setRows] = useState<BatchIssueRow[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<Localized>();
  const key = JSON.stringify(filter);

  const load = async (offset: number) => {
    const r = await bridge.batch.issues({ batchId, filter, offset, limit: PAGE });
    if (!r.ok) return setError(r.error.message);
    setTotal(r.value.total);
    setRows((old) => (offset === 0 ? r.value.rows : [...old, ...r.value.rows]));
  };

  useEffect(() => {
    setRows([]);
    setError(undefined);
    void load(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter's content is the key
  }, [batchId, key]);

  return (
    <Box component="section" aria-labelledby="issue-page-title" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
        <Typography id="issue-page-title" variant="subtitle2" sx={{ wordBreak: 'break-word' }}>
          {t('triage.issuesOf', { group: title })}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('triage.issuesCount', { shown: rows.length, total })}
        </Typography>
      </Box>
      {error && <Alert severity="error">{tl(error)}</Alert>}
      <List dense aria-labelledby="issue-page-title" sx={{ overflow: 'auto', maxHeight: 460 }}>
        {rows.map((r, i) => (
          <ListItem
            key={`${r.fileId}:${r.path}:${r.code}:${i}`}
            divider
            secondaryAction={
              <Button size="small" startIcon={<OpenInNewIcon />} aria-label={`${t('hd.openAt')}: ${r.name} ${r.path || r.code}`} onClick={() => onOpen(r)}>
                {t('hd.open')}
              </Button>
            }
            sx={{ pr: 12 }}
          >
            <ListItemText
              primary={
                <Box component="span" sx={{ display: 'flex', gap: 0.75, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Chip size="small" color={r.severity === 'error' ? 'error' : r.severity === 'warning' ? 'warning' : 'info'} label={t(r.severity === 'error' ? 'triage.sevError' : r.severity === 'warning' ? 'triage.sevWarning' : 'triage.sevInfo')} />
                  <Box component="span" sx={{ fontFamily: MONO, fontSize: 12 }}>
                    {r.name}
                    {r.path ? ` · ${r.path}` : ''}
                    {r.line ? ` · ${t('triage.lineColumn', { line: r.line, column: r.column ?? 1 })}` : ''}
                  </Box>
                </Box>
              }
              secondary={
                <>
                  {tl(r.message)}
                  {r.specRef && (
                    <Box component="span" sx={{ display: 'block', fontSize: 11 }}>
                      {r.code} · {specRefText(r.specRef, lang)}
                    </Box>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      {rows.length < total && (
        <Box>
          <Button size="small" onClick={() => void load(rows.length)}>
            {t('triage.more')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
