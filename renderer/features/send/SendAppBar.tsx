/**
 * The send feature's place in the app bar: the environment in use, "Send to the portal…" for the
 * open document, and the send history.
 */
import HistoryIcon from '@mui/icons-material/History';
import SendIcon from '@mui/icons-material/Send';
import { Box, Button, Tooltip } from '@mui/material';
import { useI18n } from '../../i18n/I18nProvider';
import { useActiveDocument } from '../editor/model/EditorContext';
import { EnvironmentPicker } from './EnvironmentPicker';
import { useSendMaybe } from './SendContext';

/** Picker, Send and History, side by side. */
export function SendAppBar() {
  const { t } = useI18n();
  const send = useSendMaybe();
  const doc = useActiveDocument();
  if (!send) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <EnvironmentPicker />
      <Tooltip title={t('send.action.sendHint')}>
        <span>
          <Button startIcon={<SendIcon />} onClick={() => send.open('send')} disabled={!doc || !send.current}>
            {t('send.action.send')}
          </Button>
        </span>
      </Tooltip>
      <Button startIcon={<HistoryIcon />} onClick={() => send.open('history')}>
        {t('send.action.history')}
      </Button>
    </Box>
  );
}
