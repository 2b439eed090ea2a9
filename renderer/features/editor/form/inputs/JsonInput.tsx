/**
 * A value edited as JSON: keys the spec does not know, `any` fields, and a value whose shape
 * contradicts the spec (an object where a string is expected). Written only when it parses.
 */
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useI18n } from '../../../../i18n/I18nProvider';
import { useDraft } from '../useDraft';
import { MONO } from '../../../../theme/fonts';
import { joinIds, type InputProps } from './TextInput';

/** The JSON text of a value (pretty for objects and lists, as written for scalars). */
export function jsonText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}

/** The JSON input. */
export function JsonInput({ id, label, value, onWrite, disabled, error, describedBy, note }: InputProps & { note?: string }) {
  const { t } = useI18n();
  const [bad, setBad] = useState<string>();
  const draft = useDraft(jsonText(value), (text) => {
    try {
      const parsed: unknown = JSON.parse(text);
      setBad(undefined);
      onWrite(parsed);
      return true;
    } catch (e) {
      setBad(e instanceof Error ? e.message : String(e));
      return false;
    }
  });
  const helper = bad ? t('formView.jsonInvalid', { reason: bad }) : note;
  return (
    <TextField
      id={id}
      label={label}
      {...draft.bind({ multiline: true, reset: () => setBad(undefined) })}
      disabled={disabled}
      error={error || Boolean(bad)}
      size="small"
      fullWidth
      multiline
      maxRows={12}
      helperText={helper}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { 'aria-describedby': joinIds(describedBy, helper ? `${id}-helper-text` : undefined), spellCheck: false, style: { fontFamily: MONO, fontSize: 13 } },
      }}
    />
  );
}
