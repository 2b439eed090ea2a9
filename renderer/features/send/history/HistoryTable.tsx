/**
 * The sends found, newest first: time (Vietnam time), environment, service, isUpdating, the
 * dossier numbers, the result with its error_code, and the duration. A row opens its details
 * (click or Enter).
 */
import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { HistoryEntryView } from '../../../../shared/ipc/send';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatVietnamTime } from '../../../i18n/format';
import { KindChip } from '../EnvironmentBadge';
import { environmentName } from '../../../../shared/portal/environment';

const COLOUR = { success: 'success', 'portal-error': 'warning', fault: 'error', cancelled: 'default' } as const;

export interface HistoryTableProps {
  entries: HistoryEntryView[];
  selectedId?: string;
  onSelect(id: string): void;
}

/** The result table. */
export function HistoryTable({ entries, selectedId, onSelect }: HistoryTableProps) {
  const { t, lang } = useI18n();
  return (
    <TableContainer sx={{ maxHeight: '45vh' }}>
      <Table size="small" stickyHeader aria-label={t('send.history.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('send.history.col.time')}</TableCell>
            <TableCell>{t('send.history.environment')}</TableCell>
            <TableCell>{t('send.history.service')}</TableCell>
            <TableCell>isUpdating</TableCell>
            <TableCell>{t('send.history.maHoSo')}</TableCell>
            <TableCell>{t('send.history.outcome')}</TableCell>
            <TableCell align="right">{t('send.history.col.duration')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow
              key={e.id}
              hover
              selected={e.id === selectedId}
              aria-selected={e.id === selectedId}
              tabIndex={0}
              onClick={() => onSelect(e.id)}
              onKeyDown={(k) => {
                if (k.key === 'Enter' || k.key === ' ') {
                  k.preventDefault();
                  onSelect(e.id);
                }
              }}
              sx={{ cursor: 'pointer' }}
            >
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatVietnamTime(e.time)}</TableCell>
              <TableCell>
                {environmentName(e.environment, lang)} {e.environment.kind === 'production' && <KindChip kind="production" />}
              </TableCell>
              <TableCell>
                {e.service}
                {e.chunk.count > 1 ? ` (${t('send.history.part', { n: e.chunk.index + 1, total: e.chunk.count })})` : ''}
              </TableCell>
              <TableCell>{e.isUpdating ?? ''}</TableCell>
              <TableCell sx={{ wordBreak: 'break-all' }}>{e.maHoSo.join(', ')}</TableCell>
              <TableCell>
                <Chip size="small" color={COLOUR[e.outcome]} label={`${t(`send.history.outcome.${e.outcome}`)}${e.errorCode !== undefined ? ` · ${e.errorCode}` : ''}`} />
              </TableCell>
              <TableCell align="right">{e.durationMs} ms</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
