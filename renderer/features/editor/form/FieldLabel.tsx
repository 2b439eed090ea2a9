/**
 * A field's label as the form shows it: the wire name first, then the label in the interface
 * language — "NgayHenTra — Ngày hẹn trả" — so that every input's accessible name contains its
 * wire name (issue 4 §9); then its required mark, told apart by kind (spec/types.ts
 * RequiredMark): `*` required, `(*)` observed required although the portal accepted packets
 * without it, `(?)` probably required, `(ĐK)` required under conditions. Screen readers hear the
 * meaning, not the symbol.
 */
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import type { FieldSpec, RequiredMark } from '../../../../shared/spec/types';
import type { MessageKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import type { RecordSpec } from '../model/recordSpec';
import { specRefText } from '../tree/describe';
import { SR_ONLY } from '../tree/srOnly';

import { MONO } from '../../../theme/fonts';

const MARKS: Partial<Record<RequiredMark, { symbol: { vi: string; en: string }; key: MessageKey; color: string }>> = {
  M: { symbol: { vi: '*', en: '*' }, key: 'formView.req.M', color: 'error.main' },
  'M*': { symbol: { vi: '(*)', en: '(*)' }, key: 'formView.req.Mstar', color: 'warning.main' },
  'M?': { symbol: { vi: '(?)', en: '(?)' }, key: 'formView.req.Mq', color: 'info.main' },
  C: { symbol: { vi: '(ĐK)', en: '(if)' }, key: 'formView.req.C', color: 'text.secondary' },
};

/** The mark of a required mark, with its meaning for screen readers. */
export function RequiredMarkView({ mark }: { mark: RequiredMark | undefined }) {
  const { t, lang } = useI18n();
  const m = mark ? MARKS[mark] : undefined;
  if (!m) return null;
  return (
    <>
      <Box component="span" aria-hidden sx={{ color: m.color, fontWeight: 700, ml: 0.5 }}>
        {m.symbol[lang]}
      </Box>
      <span style={SR_ONLY}> ({t(m.key)})</span>
    </>
  );
}

/** The legend of the marks, shown once at the top of the form. */
export function RequiredLegend() {
  const { t, lang } = useI18n();
  return (
    <Typography component="div" variant="caption" color="text.secondary" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.25 }}>
      <span>{t('formView.legend')}:</span>
      {(Object.keys(MARKS) as RequiredMark[]).map((k) => (
        <span key={k}>
          <Box component="span" sx={{ color: MARKS[k]!.color, fontWeight: 700 }}>
            {MARKS[k]!.symbol[lang]}
          </Box>{' '}
          {t(MARKS[k]!.key)}
        </span>
      ))}
    </Typography>
  );
}

/** The accessible, plain text of a field's name: "NgayHenTra — Ngày hẹn trả". */
export function nameText(wire: string, label: string): string {
  return label ? `${wire} — ${label}` : wire;
}

/** The label content of an input. */
export function FieldLabel({ wire, field, suffix }: { wire: string; field?: FieldSpec; suffix?: string }) {
  const { t, tl } = useI18n();
  const label = field ? tl(field.label) : '';
  return (
    <>
      <Box component="span" sx={{ fontFamily: MONO, fontSize: '0.92em' }}>
        {wire}
      </Box>
      {label && ` — ${label}`}
      {suffix && ` ${suffix}`}
      <RequiredMarkView mark={field?.required} />
      {field?.provisional && (
        <Box component="span" sx={{ ml: 0.75, px: 0.5, fontSize: '0.8em', border: 1, borderColor: 'warning.main', color: 'warning.main', borderRadius: 0.5 }}>
          {t('formView.provisional')}
        </Box>
      )}
    </>
  );
}

/** The ⓘ button beside an input: the field's help, its example, its code list and where the spec defines it. */
export function HelpButton({ wire, field, spec }: { wire: string; field?: FieldSpec; spec: RecordSpec }) {
  const { t, tl } = useI18n();
  if (!field) return null;
  const list = field.codes ? spec.codeList(field.codes) : undefined;
  const ref = specRefText(field.specRef, t('tree.specRow'));
  const content = (
    <Box sx={{ maxWidth: 420 }}>
      {field.help && <Box sx={{ mb: 0.5 }}>{tl(field.help)}</Box>}
      {field.example && <Box>{t('formView.example', { value: field.example })}</Box>}
      {list && <Box>{tl(list.label)}</Box>}
      {field.provisional && <Box sx={{ mt: 0.5 }}>{t('formView.provisionalField')}</Box>}
      <Box sx={{ mt: 0.5, opacity: 0.85 }}>{t('formView.specRef', { ref })}</Box>
    </Box>
  );
  return (
    <Tooltip title={content} placement="left-start" enterDelay={300}>
      <IconButton size="small" aria-label={t('formView.help', { name: wire })} sx={{ mt: 0.5, color: 'text.secondary' }}>
        <InfoOutlinedIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}
