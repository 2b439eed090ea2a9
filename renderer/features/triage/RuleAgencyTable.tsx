/**
 * "Which rule broke how often for which agency" in one table: rules down, agencies across, each
 * cell shaded by its share of the largest cell; a click chooses the rule's group.
 */
import { alpha, Box, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography, useTheme } from '@mui/material';
import type { RuleAgencyMatrix } from '../../../shared/ipc/helpdesk';
import { useI18n } from '../../i18n/I18nProvider';
import { ruleTitle } from './labels';
import { MONO } from '../../theme/fonts';

export interface RuleAgencyTableProps {
  matrix: RuleAgencyMatrix;
  onPick?(code: string): void;
}

/** The table. */
export function RuleAgencyTable({ matrix, onPick }: RuleAgencyTableProps) {
  const { t, tl } = useI18n();
  const theme = useTheme();
  const max = Math.max(1, ...matrix.cells.flat());
  if (matrix.codes.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="matrix-title">
      <Typography id="matrix-title" variant="subtitle2">
        {t('triage.matrixTitle')}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {t('triage.matrixHelp')}
      </Typography>
      <Box sx={{ overflow: 'auto', maxHeight: 340 }}>
        <Table size="small" stickyHeader aria-labelledby="matrix-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('triage.byRule')}</TableCell>
              {matrix.agencies.map((a) => (
                <TableCell key={a} align="right" sx={{ fontFamily: MONO, fontSize: 12, whiteSpace: 'nowrap' }}>
                  {a || t('hd.unknown')}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {matrix.codes.map((code, i) => {
              const title = ruleTitle(code);
              return (
                <TableRow key={code} hover onClick={() => onPick?.(code)} sx={{ cursor: onPick ? 'pointer' : undefined }}>
                  <TableCell component="th" scope="row" sx={{ fontFamily: MONO, fontSize: 12, whiteSpace: 'nowrap' }}>
                    <Tooltip title={title ? tl(title) : ''} describeChild>
                      <span>{code}</span>
                    </Tooltip>
                  </TableCell>
                  {matrix.cells[i].map((n, j) => (
                    <TableCell key={matrix.agencies[j]} align="right" sx={{ fontVariantNumeric: 'tabular-nums', bgcolor: n ? alpha(theme.palette.error.main, 0.08 + 0.5 * (n / max)) : undefined }}>
                      {n || ''}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
