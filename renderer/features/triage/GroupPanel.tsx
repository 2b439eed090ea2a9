/**
 * The batch grouped by rule, by agency (`madonvi`/`Madonvi`), by kind, by service, or by file, as
 * tabs over one table of groups with their counts; choosing a group shows its issues beside it.
 */
import { Box, Chip, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Typography } from '@mui/material';
import type { BatchView, IssueFilter } from '../../../shared/ipc/helpdesk';
import type { GroupCount } from '../../../shared/report/summary';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/I18nProvider';
import { kindName, ruleTitle } from './labels';
import { MONO } from '../../theme/fonts';

export type Dimension = 'code' | 'agency' | 'kind' | 'service' | 'file';

/** The chosen group: its dimension, key and the filter that lists its issues. */
export interface GroupChoice {
  dimension: Dimension;
  key: string;
  filter: IssueFilter;
  /** How the group is named on screen. */
  title: string;
}

const TABS: { id: Dimension; label: MessageKey }[] = [
  { id: 'code', label: 'triage.byRule' },
  { id: 'agency', label: 'triage.byAgency' },
  { id: 'kind', label: 'triage.byKind' },
  { id: 'service', label: 'triage.byService' },
  { id: 'file', label: 'triage.byFile' },
];

export interface GroupPanelProps {
  view: BatchView;
  dimension: Dimension;
  onDimension(d: Dimension): void;
  selected?: GroupChoice;
  onSelect(choice: GroupChoice): void;
}

/** The filter of a group. */
export function filterOf(dimension: Exclude<Dimension, 'file'>, key: string): IssueFilter {
  return { [dimension]: key };
}

/** The tabs and the group table. */
export function GroupPanel({ view, dimension, onDimension, selected, onSelect }: GroupPanelProps) {
  const { t, tl } = useI18n();
  const groups: GroupCount[] =
    dimension === 'code' ? view.summary.byCode : dimension === 'agency' ? view.summary.byAgency : dimension === 'kind' ? view.summary.byKind : dimension === 'service' ? view.summary.byService : [];
  const describe = (key: string): string | undefined => {
    if (dimension === 'code') {
      const title = ruleTitle(key);
      return title ? tl(title) : undefined;
    }
    if (dimension === 'kind') {
      const name = kindName(key);
      return name ? tl(name) : undefined;
    }
    return undefined;
  };
  return (
    <Box component="section" aria-label={t('triage.groups')} sx={{ minWidth: 0 }}>
      <Tabs value={dimension} onChange={(_e, v: Dimension) => onDimension(v)} variant="scrollable" scrollButtons="auto" aria-label={t('triage.groups')}>
        {TABS.map((tab) => (
          <Tab key={tab.id} value={tab.id} label={t(tab.label)} />
        ))}
      </Tabs>
      <Box sx={{ overflow: 'auto', maxHeight: 460 }}>
        {dimension === 'file' ? (
          <Table size="small" stickyHeader aria-label={t('triage.fileTable')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('triage.file')}</TableCell>
                <TableCell>{t('triage.state')}</TableCell>
                <TableCell align="right">{t('triage.errors')}</TableCell>
                <TableCell align="right">{t('triage.warnings')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {view.files.map((f) => (
                <TableRow
                  key={f.id}
                  hover
                  selected={selected?.dimension === 'file' && selected.key === String(f.id)}
                  onClick={() => onSelect({ dimension: 'file', key: String(f.id), filter: { fileId: f.id }, title: f.name })}
                  sx={{ cursor: 'pointer' }}
                >
                  <TableCell sx={{ fontFamily: MONO, fontSize: 12, wordBreak: 'break-all' }}>
                    {f.name}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {[f.kind, f.service, f.agency].filter(Boolean).join(' · ')}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={f.problem ? 'default' : f.valid ? 'success' : 'error'}
                      label={t(f.problem ? 'triage.unreadable' : f.valid ? 'triage.valid' : 'triage.invalid')}
                    />
                  </TableCell>
                  <TableCell align="right">{f.counts.error}</TableCell>
                  <TableCell align="right">{f.counts.warning}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Table size="small" stickyHeader aria-label={t(TABS.find((x) => x.id === dimension)!.label)}>
            <TableHead>
              <TableRow>
                <TableCell>{t('triage.group')}</TableCell>
                <TableCell align="right">{t('triage.count')}</TableCell>
                <TableCell align="right">{t('triage.errors')}</TableCell>
                <TableCell align="right">{t('triage.fileCount')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.map((g) => {
                const label = describe(g.key);
                const shown = g.key || t('hd.unknown');
                return (
                  <TableRow
                    key={g.key}
                    hover
                    selected={selected?.dimension === dimension && selected.key === g.key}
                    onClick={() => onSelect({ dimension, key: g.key, filter: filterOf(dimension, g.key), title: shown })}
                    sx={{ cursor: 'pointer' }}
                  >
                    <TableCell>
                      <Box component="span" sx={{ fontFamily: MONO, fontSize: 12 }}>
                        {shown}
                      </Box>
                      {label && (
                        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {label}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {g.count}
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', color: g.bySeverity.error ? 'error.main' : undefined }}>
                      {g.bySeverity.error}
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {g.files}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Box>
    </Box>
  );
}
