/**
 * An environment as it is named everywhere: its colour, its name, and whether it is a test or a
 * production environment — production unmistakable in the theme's error colour (PEERS.md §2.5,
 * hoppscotch#2574: "a colour per environment", "test/prod visible everywhere").
 */
import { Box, Chip } from '@mui/material';
import { environmentName, type EnvironmentSummary } from '../../../shared/portal/environment';
import { useI18n } from '../../i18n/I18nProvider';

type EnvLike = Pick<EnvironmentSummary, 'id' | 'name' | 'colour' | 'kind'>;

/** The environment's own colour, as a dot. The colour is the user's choice, so it cannot come from the theme. */
export function EnvironmentDot({ colour, size = 12 }: { colour: string; size?: number }) {
  return <Box component="span" aria-hidden sx={{ display: 'inline-block', flex: 'none', width: size, height: size, borderRadius: '50%', bgcolor: colour, border: 1, borderColor: 'divider' }} />;
}

/** "TEST" or a red "PRODUCTION" chip. */
export function KindChip({ kind, size = 'small' }: { kind: EnvLike['kind']; size?: 'small' | 'medium' }) {
  const { t } = useI18n();
  return kind === 'production' ? (
    <Chip size={size} color="error" label={t('send.kind.production')} sx={{ fontWeight: 700, letterSpacing: 0.5 }} />
  ) : (
    <Chip size={size} variant="outlined" label={t('send.kind.test')} />
  );
}

/** Dot, name and kind in one line. */
export function EnvironmentBadge({ env, maxWidth = 260 }: { env: EnvLike; maxWidth?: number }) {
  const { lang } = useI18n();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <EnvironmentDot colour={env.colour} />
      <Box component="span" sx={{ maxWidth, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: 600, color: 'text.primary' }}>
        {environmentName(env, lang)}
      </Box>
      <KindChip kind={env.kind} />
    </Box>
  );
}
