/**
 * The first issues of the document, with where they are (path, line:column) and what they mean.
 * Capped: the editor's issues panel (virtualised) shows every one.
 */
import { Fragment } from 'react';
import { Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { Issue } from '../../../shared/issues/issue';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../i18n/format';

export const PREVIEW_LIMIT = 200;

const SEVERITY_COLOR = { error: 'error', warning: 'warning', info: 'info' } as const;

/** A path that wraps between its segments (after a dot, before an index), not inside a field name. */
function WrappingPath({ path }: { path: string }) {
  const parts = path.split(/(?<=\.)|(?=\[)/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  );
}

/** The issue table. */
export function IssuesPreview({ issues }: { issues: Issue[] }) {
  const { t, tl, lang } = useI18n();
  const shown = issues.slice(0, PREVIEW_LIMIT);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="issues-title" sx={{ p: 2 }}>
      <Typography id="issues-title" variant="subtitle1" component="h2" gutterBottom>
        {t('doc.issuesTitle')}
      </Typography>
      {issues.length === 0 ? (
        <Typography color="text.secondary">{t('doc.noIssues')}</Typography>
      ) : (
        <>
          {issues.length > shown.length && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('doc.issuesShown', { shown: formatNumber(shown.length, lang), total: formatNumber(issues.length, lang) })}
            </Typography>
          )}
          <TableContainer>
            <Table size="small" aria-labelledby="issues-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t('col.severity')}</TableCell>
                  <TableCell>{t('col.path')}</TableCell>
                  <TableCell>{t('col.position')}</TableCell>
                  <TableCell>{t('col.message')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((issue, i) => (
                  <TableRow key={`${issue.code}-${issue.path}-${i}`}>
                    <TableCell>
                      <Chip size="small" variant="outlined" color={SEVERITY_COLOR[issue.severity]} label={t(`severity.${issue.severity}`)} />
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{issue.path ? <WrappingPath path={issue.path} /> : t('doc.wholeDocument')}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{issue.range ? t('doc.where', { line: issue.range.line, column: issue.range.column }) : '—'}</TableCell>
                    <TableCell>
                      {tl(issue.message)}
                      {issue.specRef && (
                        <Typography component="span" variant="caption" color="text.secondary">
                          {' '}
                          ({issue.specRef.file} {issue.specRef.section}
                          {issue.specRef.row ? ` ${issue.specRef.row}` : ''})
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </Paper>
  );
}
