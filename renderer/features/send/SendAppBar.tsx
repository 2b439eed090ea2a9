/**
 * The send feature's places in the app bar: "Send to the portal…" and the send history among the
 * document actions, and the environment in use at the bar's end, where it is always visible
 * (issue 5 §1). Both render nothing until the feature is mounted.
 */
import HistoryIcon from '@mui/icons-material/History';
import SendIcon from '@mui/icons-material/Send';
import { Button, IconButton, Tooltip } from '@mui/material';
import { useI18n } from '../../i18n/I18nProvider';
import { useActiveDocument } from '../editor/model/EditorContext';
import { EnvironmentPicker } from './EnvironmentPicker';
import { useSendMaybe } from './SendContext';

/** Send… and History. */
export function SendActions() {
  const { t } = useI18n();
  const send = useSendMaybe();
  const doc = useActiveDocument();
  if (!send) return null;
  return (
    <>
      <Tooltip title={t('send.action.sendHint')}>
        <span>
          <Button startIcon={<SendIcon />} onClick={() => send.open('send')} disabled={!doc || !send.current} sx={{ whiteSpace: 'nowrap' }}>
            {t('send.action.send')}
          </Button>
        </span>
      </Tooltip>
      <Tooltip title={t('send.action.history')}>
        <IconButton aria-label={t('send.action.history')} onClick={() => send.open('history')}>
          <HistoryIcon />
        </IconButton>
      </Tooltip>
    </>
  );
}

/** The environment picker, once the feature is mounted; `nameWidth` caps the name's width in px. */
export function SendEnvironment({ nameWidth }: { nameWidth?: number }) {
  const send = useSendMaybe();
  return send ? <EnvironmentPicker nameWidth={nameWidth} /> : null;
}
