/**
 * A red band under the app bar whenever the environment in use is a production one, so nobody
 * sends to the real portal by mistake (PEERS.md §2.5, §3 item 7).
 */
import WarningIcon from '@mui/icons-material/ReportProblem';
import { Box, Typography } from '@mui/material';
import { displayUrl, environmentName } from '../../../shared/portal/environment';
import { useI18n } from '../../i18n/I18nProvider';
import { useSendMaybe } from './SendContext';

/** The production warning band (nothing for a test environment). */
export function ProductionBanner() {
  const { t, lang } = useI18n();
  const env = useSendMaybe()?.current;
  if (env?.kind !== 'production') return null;
  return (
    <Box
      role="region"
      aria-label={t('send.banner.label')}
      sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 0.75, bgcolor: 'error.main', color: 'error.contrastText' }}
    >
      <WarningIcon fontSize="small" aria-hidden />
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {t('send.banner.text', { name: environmentName(env, lang), url: displayUrl(env.baseUrl) })}
      </Typography>
    </Box>
  );
}
