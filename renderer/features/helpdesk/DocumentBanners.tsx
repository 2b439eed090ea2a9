/**
 * The banners over the active document that the helpdesk toolkit owns: "Personal data masked"
 * for a masked copy (issue 6 §1), and for a file in UTF-16 the note that the portal accepts only
 * UTF-8 with a one-click conversion the user asks for (issue 6 §5) — the text stays the same, the
 * document becomes unsaved, and saving writes UTF-8.
 */
import TranslateIcon from '@mui/icons-material/Translate';
import { Alert, Button } from '@mui/material';
import { localize } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/I18nProvider';
import { useActiveDocument, useEditorStore } from '../editor/model/EditorContext';
import type { Notices } from '../shell/useNotices';
import { MaskedBanner } from './mask/MaskedBanner';

/** The UTF-16 note and its conversion. */
function EncodingBanner({ notices }: { notices?: Notices }) {
  const { t } = useI18n();
  const store = useEditorStore();
  const doc = useActiveDocument();
  if (!doc || doc.info.encoding === 'utf-8') return null;
  const encoding = doc.info.encoding.toUpperCase();
  const convert = () => {
    // The next Save writes UTF-8 without a BOM; until then the document is unsaved, and Undo takes it back.
    const r = store.setEncoding(doc.id, 'utf-8', false);
    notices?.push(r.ok ? { severity: 'success', message: localize('encoding.converted', { name: doc.info.name }) } : { severity: 'warning', message: r.reason });
  };
  return (
    <Alert
      severity="warning"
      icon={<TranslateIcon />}
      role="note"
      aria-label={t('encoding.title', { encoding })}
      sx={{ borderRadius: 0, py: 0, alignItems: 'center' }}
      action={
        <Button color="inherit" size="small" onClick={convert}>
          {t('encoding.convert')}
        </Button>
      }
    >
      {t('encoding.body', { name: doc.info.name, encoding })}
    </Alert>
  );
}

/** Every helpdesk banner of the active document. */
export function DocumentBanners({ notices }: { notices?: Notices }) {
  return (
    <>
      <MaskedBanner />
      <EncodingBanner notices={notices} />
    </>
  );
}
