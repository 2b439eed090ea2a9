/**
 * The status bar: host, document, encoding, kind, records and the issue counts, which read like
 * "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning" and are announced politely when they change.
 */
import { Box, Button, Typography } from '@mui/material';
import type { HostKind } from '../../../shared/ipc/bridge';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes, formatVietnamTime, issueCountsText } from '../../i18n/format';
import type { BusyState, LoadedDocument } from '../document/documentModel';
import { kindLabel } from '../document/kindLabels';

export interface StatusBarProps {
  host: HostKind;
  loaded?: LoadedDocument;
  busy?: BusyState;
  profileId: string;
  /** The profile's name as shown (defaults to its id). */
  profileLabel?: string;
  /** Opens the profile picker; without it the profile is only shown. */
  onProfile?(): void;
  /** The document has unsaved changes. */
  dirty?: boolean;
  /** A newer version of the text is being validated. */
  validating?: boolean;
  /** When the recovery copy of the document was written (ISO). */
  recoverySavedAt?: string;
}

function Item({ children, label, testId }: { children: string; label?: string; testId?: string }) {
  return (
    <Typography component="span" variant="caption" aria-label={label} data-testid={testId} sx={{ px: 1, whiteSpace: 'nowrap' }}>
      {children}
    </Typography>
  );
}

/** The status bar. */
export function StatusBar({ host, loaded, busy, profileId, profileLabel, onProfile, dirty, validating, recoverySavedAt }: StatusBarProps) {
  const { t, tl, lang } = useI18n();
  const doc = loaded?.doc;
  const report = loaded?.report;
  const encoding = doc ? `${doc.encoding.toUpperCase()}${doc.bom ? ` ${t('status.bom')}` : ''}` : undefined;
  const eol = doc ? (doc.lineEnding === 'mixed' ? t('status.mixedEol') : doc.lineEnding === 'none' ? undefined : doc.lineEnding.toUpperCase()) : undefined;
  return (
    <Box
      component="footer"
      aria-label={t('status.label')}
      sx={{ display: 'flex', alignItems: 'center', borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper', minHeight: 28, px: 1, overflowX: 'auto' }}
    >
      <Item>{host === 'electron' ? t('status.hostElectron') : t('status.hostWeb')}</Item>
      {busy ? (
        <Item>{t('status.validating')}</Item>
      ) : doc ? (
        <>
          <Item>{doc.name}</Item>
          <Item>{formatBytes(doc.size, lang)}</Item>
          {encoding && <Item>{encoding}</Item>}
          {eol && <Item>{eol}</Item>}
          {report?.syntax ? (
            <Item testId="status-syntax">{t('syntax.where', { line: report.syntax.line, column: report.syntax.column })}</Item>
          ) : report ? (
            <>
              <Item>{report.kind ? tl(kindLabel(report.kind)) || report.kind : t('doc.kindUnknown')}</Item>
              <Item>{t('count.records', { n: report.recordCount, count: report.recordCount })}</Item>
            </>
          ) : null}
        </>
      ) : (
        <Item>{t('status.noDocument')}</Item>
      )}
      {doc && dirty && <Item testId="status-dirty">{t('doc.unsaved')}</Item>}
      {doc && recoverySavedAt && <Item testId="status-recovery">{t('status.recoverySaved', { time: formatVietnamTime(recoverySavedAt).slice(-5) })}</Item>}
      <Box sx={{ flex: 1 }} />
      {doc && validating && !busy && <Item testId="status-validating">{t('status.validating')}</Item>}
      <Box role="status" aria-live="polite" sx={{ display: 'flex' }}>
        {report && !busy && <Item testId="status-counts">{issueCountsText(report.counts, lang)}</Item>}
      </Box>
      {onProfile ? (
        <Button size="small" onClick={onProfile} sx={{ textTransform: 'none', py: 0, minHeight: 0, typography: 'caption' }} aria-label={`${t('doc.profile')}: ${profileLabel ?? profileId} — ${t('profile.change')}`}>
          {`${t('doc.profile')}: ${profileLabel ?? profileId}`}
        </Button>
      ) : (
        <Item>{`${t('doc.profile')}: ${profileLabel ?? profileId}`}</Item>
      )}
    </Box>
  );
}
