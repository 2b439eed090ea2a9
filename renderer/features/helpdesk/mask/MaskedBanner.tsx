/**
 * The banner over a masked document (issue 6 §1): "Đã che dữ liệu cá nhân / Personal data
 * masked", so nobody mistakes a shared copy for the real packet. Shown for the active document
 * when its latest validation found the `$masked` mark.
 */
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { Alert, AlertTitle } from '@mui/material';
import { useI18n } from '../../../i18n/I18nProvider';
import { useActiveDocument } from '../../editor/model/EditorContext';

/** The banner, or nothing when the active document is not masked. */
export function MaskedBanner() {
  const { t } = useI18n();
  const doc = useActiveDocument();
  if (!doc?.masked) return null;
  return (
    <Alert severity="info" icon={<VisibilityOffIcon />} role="note" aria-label={t('mask.banner')} sx={{ borderRadius: 0, py: 0 }}>
      <AlertTitle sx={{ mb: 0 }}>{t('mask.banner')}</AlertTitle>
      {t('mask.bannerBody')}
    </Alert>
  );
}
