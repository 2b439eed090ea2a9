/**
 * A two-valued field as a switch: `"True"`/`"False"` (dossier.md §1.7), 0/1 flags (§4.2) or a
 * JSON boolean. A value that is neither (`"true"`, `1` as a number, `""`) is shown as written
 * and left alone until the switch is used.
 */
import { Box, FormControlLabel, FormHelperText, Switch } from '@mui/material';
import { pick } from '../../../../../shared/i18n/localized';
import { useI18n } from '../../../../i18n/I18nProvider';
import type { RecordSpec } from '../../model/recordSpec';
import { flagValues, scalarText } from '../fieldKind';
import { joinIds, type InputProps } from './TextInput';

/** The switch. */
export function FlagSwitch({ id, label, field, value, onWrite, disabled, error, describedBy, spec }: InputProps & { spec: RecordSpec }) {
  const { t, lang } = useI18n();
  const flag = field ? flagValues(field, spec) : undefined;
  if (!flag) return null;
  const on = value === flag.on;
  const valid = value === flag.on || value === flag.off;
  const list = field?.codes ? spec.codeList(field.codes) : undefined;
  // What the state means: the code list's label ("Có"/"Không"), else the value itself.
  const meaning = (v: string | boolean) => {
    const entry = list?.entries.find((e) => e.code === v);
    return entry ? `${String(v)} — ${pick(entry.label, lang)}` : String(v);
  };
  const note =
    value === undefined
      ? t('formView.flagAbsent')
      : !valid
        ? t('formView.flagOdd', { value: scalarText(value) || '""', on: String(flag.on), off: String(flag.off) })
        : undefined;
  const noteId = `${id}-note`;
  return (
    <Box
      sx={{
        border: 1,
        borderColor: error || (!valid && value !== undefined) ? 'error.main' : 'divider',
        borderRadius: 1,
        px: 1.5,
        py: 0.25,
        minHeight: 40,
      }}
    >
      <FormControlLabel
        sx={{ m: 0, width: '100%', justifyContent: 'space-between', gap: 1 }}
        labelPlacement="start"
        label={
          <Box component="span" sx={{ fontSize: 14 }}>
            {label}
          </Box>
        }
        control={
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
            <Box component="span" aria-hidden sx={{ fontSize: 13, color: valid ? 'text.secondary' : 'error.main', mr: 0.5 }}>
              {value === undefined ? '—' : valid ? meaning(value as string | boolean) : scalarText(value) || '""'}
            </Box>
            <Switch
              id={id}
              checked={on}
              disabled={disabled}
              onChange={(e) => onWrite(e.target.checked ? flag.on : flag.off)}
              slotProps={{ input: { role: 'switch', 'aria-describedby': joinIds(describedBy, note ? noteId : undefined) } as object }}
            />
          </Box>
        }
      />
      {note && (
        <FormHelperText id={noteId} error={!valid && value !== undefined} sx={{ mt: 0, mb: 0.5 }}>
          {note}
        </FormHelperText>
      )}
    </Box>
  );
}
