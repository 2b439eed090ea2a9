/**
 * The two parts of the form: the envelope (session, madonvi, service, isUpdating…; dossier.md
 * §1.5), which opens by itself when it has issues, and the record in view, with its title, its
 * issue badges and the issues that belong to the whole record.
 */
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, ButtonBase, Typography } from '@mui/material';
import { useId } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import type { ObjectSpec } from '../../../../shared/spec/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import { IssueBadges } from '../tree/IssueBadges';
import { FieldIssues } from './FieldIssues';
import { useForm, useFormIssues } from './FormContext';
import { ObjectFields } from './ObjectFields';

/** The envelope's section (closable). */
export function EnvelopeSection({ object, value, skip, open, onToggle }: { object?: ObjectSpec; value: unknown; skip: ReadonlySet<string>; open: boolean; onToggle(): void }) {
  const { t } = useI18n();
  const form = useForm();
  const issues = useFormIssues();
  const uid = useId();
  const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => !skip.has(k)) : [];
  // The envelope's own counts: everything at the top level but the records.
  const counts = { error: 0, warning: 0, info: 0 };
  for (const k of keys) {
    const c = issues.counts(k);
    counts.error += c.error;
    counts.warning += c.warning;
    counts.info += c.info;
  }
  return (
    <Box component="section" aria-labelledby={uid} sx={{ mb: 2, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
      <ButtonBase onClick={onToggle} aria-expanded={open} sx={{ width: '100%', justifyContent: 'flex-start', px: 1, py: 0.75, borderRadius: 1 }}>
        {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        <Typography id={uid} variant="subtitle1" component="h2" sx={{ ml: 0.5, fontWeight: 600 }}>
          {t('formView.envelope')}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap sx={{ ml: 1, minWidth: 0 }}>
          {keys.join(', ')}
        </Typography>
        <IssueBadges counts={counts} />
      </ButtonBase>
      {open && (
        <Box sx={{ px: 2, pb: 2, pt: 1 }}>
          <ObjectFields object={object} value={value} path={[]} skip={skip} />
        </Box>
      )}
    </Box>
  );
}

/** The record's section. */
export function RecordSection({ index, path, value, title, loading, object }: { index: number; path: PathSegment[]; value: unknown; title: string; loading: boolean; object?: ObjectSpec }) {
  const { t, lang } = useI18n();
  const form = useForm();
  const issues = useFormIssues();
  const uid = useId();
  const key = formatPath(path);
  return (
    <Box component="section" aria-labelledby={uid} data-field={key} data-loading={loading || undefined} tabIndex={-1} sx={{ outline: 'none' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5 }}>
        <Typography id={uid} variant="h6" component="h2" sx={{ fontSize: 18 }}>
          {t('formView.recordTitle', { n: formatNumber(index + 1, lang) })}
          {title && (
            <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
              {' · '}
              {title}
            </Box>
          )}
        </Typography>
        <IssueBadges counts={issues.recordCounts(index)} />
      </Box>
      {issues.at(key).length > 0 && (
        <Box sx={{ mb: 1.5 }}>
          <Typography variant="subtitle2">{t('formView.recordIssues')}</Typography>
          <FieldIssues id={`${uid}-issues`} issues={issues.at(key)} />
        </Box>
      )}
      {loading ? (
        <Typography color="text.secondary">{t('tree.loading')}</Typography>
      ) : (
        <ObjectFields object={object} value={value} path={path} />
      )}
    </Box>
  );
}
