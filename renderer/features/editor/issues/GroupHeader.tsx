/**
 * The header of a group in the issues panel: the record ("Bản ghi 3 · data[2]") or the rule code,
 * its counts, and a button that folds the group away.
 */
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { ButtonBase, Stack, Typography } from '@mui/material';
import type { IssueGroup } from '../../../../shared/document/issueGroups';
import { recordPath, type RecordLayout } from '../../../../shared/document/records';
import { formatPath } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber, issueCountsText } from '../../../i18n/format';
import { MONO } from '../../../theme/fonts';

/** A group header. */
export function GroupHeader({ group, collapsed, onToggle, layout }: { group: IssueGroup; collapsed: boolean; onToggle(): void; layout: RecordLayout }) {
  const { t, lang } = useI18n();
  const path = group.record !== undefined ? recordPath(layout, group.record) : undefined;
  const title =
    group.code !== undefined
      ? group.code
      : group.record === undefined
        ? t('issues.outsideRecords')
        : `${t('issues.record', { n: formatNumber(group.record + 1, lang) })}${path ? ` · ${formatPath(path)}` : ''}`;
  const counts = `${issueCountsText(group.counts, lang)}${group.counts.info ? `, ${t('count.infos', { n: formatNumber(group.counts.info, lang), count: group.counts.info })}` : ''}`;
  return (
    <ButtonBase
      onClick={onToggle}
      aria-expanded={!collapsed}
      sx={{ width: '100%', justifyContent: 'flex-start', px: 1, py: 0.75, bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider' }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
        {collapsed ? <ExpandMoreIcon fontSize="small" /> : <ExpandLessIcon fontSize="small" />}
        <Typography variant="subtitle2" component="h3" sx={{ fontFamily: group.code ? MONO : undefined, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {counts}
        </Typography>
      </Stack>
    </ButtonBase>
  );
}
