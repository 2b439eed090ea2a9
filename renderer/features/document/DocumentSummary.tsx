/**
 * The opened document at a glance: kind, packet, form, record count, issue counts and verdict.
 * (The tree, form and Monaco editor come with the editor issue.)
 */
import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import type { ValidationReport } from '../../../shared/validate/report';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/dictionary';
import type { DocumentInfo } from './documentModel';
import { kindLabel, packetLabel } from './kindLabels';

/** One labelled value of the summary (a description list entry; the value is labelled by its term). */
function Fact({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <Box sx={{ minWidth: 160 }}>
      <Typography component="dt" variant="caption" color="text.secondary" id={id}>
        {label}
      </Typography>
      <Typography component="dd" variant="body1" sx={{ m: 0, fontWeight: 500 }} aria-labelledby={id}>
        {value}
      </Typography>
    </Box>
  );
}

const FORM_KEYS: Record<ValidationReport['form'], MessageKey> = {
  envelope: 'form.envelope',
  array: 'form.array',
  record: 'form.record',
  reply: 'form.reply',
  unknown: 'form.unknown',
};

/** The summary card. */
export function DocumentSummary({ doc, report }: { doc: DocumentInfo; report: ValidationReport }) {
  const { t, tl, lang } = useI18n();
  const kind = report.kind ? tl(kindLabel(report.kind)) || report.kind : t('doc.kindUnknown');
  const label = report.packetId ? tl(packetLabel(report.packetId)) : '';
  // Some packet labels already end with the wire id ("… (DongBoHoSoMC)"): do not say it twice.
  const packet = !report.packetId ? '—' : !label ? report.packetId : label.includes(report.packetId) ? label : `${report.packetId} — ${label}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="summary-title" sx={{ p: 3 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography id="summary-title" variant="h6" component="h1" sx={{ wordBreak: 'break-all' }}>
          {doc.name}
        </Typography>
        <Chip
          color={report.valid ? 'success' : 'error'}
          label={report.valid ? t('doc.valid') : t('doc.invalid')}
          size="small"
          variant="outlined"
        />
      </Stack>
      <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, m: 0 }}>
        <Fact label={t('doc.kind')} value={kind} />
        <Fact label={t('doc.packet')} value={packet} />
        <Fact label={t('doc.form')} value={t(FORM_KEYS[report.form])} />
        <Fact label={t('doc.records')} value={formatNumber(report.recordCount, lang)} />
        <Fact label={t('severity.errorPlural')} value={formatNumber(report.counts.error, lang)} />
        <Fact label={t('severity.warningPlural')} value={formatNumber(report.counts.warning, lang)} />
        <Fact label={t('severity.infoPlural')} value={formatNumber(report.counts.info, lang)} />
        <Fact label={t('doc.profile')} value={`${report.profile.id} ${report.profile.version}`} />
      </Box>
      {report.provisional && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {t('doc.provisional')}
        </Alert>
      )}
    </Paper>
  );
}
