/**
 * The issues of one field, under it (issue 4 §1 "the record's issues inline under each field"):
 * the message in the interface language, the hint, and the quick fix when the issue has one,
 * with a preview of the lines it changes on hover. The list's id describes the input, so a
 * screen reader reads the error with the field.
 */
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import { Box, Button, Tooltip, Typography } from '@mui/material';
import { fixChange, previewChange } from '../../../../shared/document/fixPreview';
import type { Issue } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { useForm } from './FormContext';
import { MONO } from '../../../theme/fonts';

const COLOR = { error: 'error.main', warning: 'warning.main', info: 'info.main' } as const;

function FixPreview({ issue }: { issue: Issue }) {
  const { t } = useI18n();
  const text = useForm().text();
  const edits = issue.fix ? fixChange(text, issue.fix.edits) : undefined;
  if (!edits || edits.length === 0) return null;
  const preview = previewChange(text, edits, 3, 100);
  return (
    <Box sx={{ fontFamily: MONO, fontSize: 12 }}>
      {preview.hunks.map((h) => (
        <Box key={h.line} sx={{ mb: 0.5 }}>
          <div>{t('formView.preview', { line: h.line })}</div>
          <Box sx={{ color: 'error.light', whiteSpace: 'pre' }}>- {h.before.trim()}</Box>
          <Box sx={{ color: 'success.light', whiteSpace: 'pre' }}>+ {h.after.trim()}</Box>
        </Box>
      ))}
    </Box>
  );
}

/** The issues list of a field (nothing when it has none). */
export function FieldIssues({ id, issues }: { id: string; issues: readonly Issue[] }) {
  const { t, tl } = useI18n();
  const form = useForm();
  if (issues.length === 0) return null;
  return (
    <Box component="ul" id={id} sx={{ listStyle: 'none', m: 0, mt: 0.5, p: 0 }}>
      {issues.map((issue, i) => (
        <Box component="li" key={`${issue.code}-${i}`} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 1, mb: 0.25 }}>
          <Typography variant="caption" sx={{ color: COLOR[issue.severity], fontWeight: 600 }}>
            {t(`severity.${issue.severity}`)}:
          </Typography>
          <Typography variant="caption" sx={{ color: COLOR[issue.severity], flex: '1 1 200px' }}>
            {tl(issue.message)}
            {issue.hint && (
              <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                {tl(issue.hint)}
              </Box>
            )}
          </Typography>
          {issue.fix && !form.readOnly && (
            <Tooltip title={<FixPreview issue={issue} />} placement="bottom-start">
              <Button size="small" variant="outlined" color="primary" startIcon={<AutoFixHighIcon fontSize="small" />} onClick={() => form.applyFix(issue.fix!)} sx={{ py: 0, minHeight: 24 }}>
                {t('formView.fix', { title: tl(issue.fix.title) })}
              </Button>
            </Tooltip>
          )}
        </Box>
      ))}
    </Box>
  );
}
