/**
 * A text field: shows the value as written (a number keeps its digits and says it is a number),
 * writes a string — or a number where the spec types the field as one — when the edit ends.
 */
import { TextField } from '@mui/material';
import type { ReactNode } from 'react';
import type { FieldSpec } from '../../../../../shared/spec/types';
import { useI18n } from '../../../../i18n/I18nProvider';
import { scalarText, valueFromText } from '../fieldKind';
import { useDraft } from '../useDraft';

export interface InputProps {
  id: string;
  label: ReactNode;
  field?: FieldSpec;
  value: unknown;
  /** Writes a new value (one undo step). */
  onWrite(value: unknown): void;
  disabled: boolean;
  error: boolean;
  /** Id of the element that describes the input (its issues). */
  describedBy?: string;
  required?: boolean;
}

/** Free text values that read better on several lines (summaries, notes). */
function isLongText(field: FieldSpec | undefined, value: string): boolean {
  return value.includes('\n') || value.length > 90 || (field?.pii === 'freeText' && (field.maxLength ?? 0) > 255);
}

/** Several ids for aria-describedby (undefined when none). */
export function joinIds(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

/** The text input. */
export function TextInput({ id, label, field, value, onWrite, disabled, error, describedBy, required }: InputProps) {
  const { t } = useI18n();
  const current = scalarText(value);
  const draft = useDraft(current, (text) => onWrite(valueFromText(field, text, value)));
  const multiline = isLongText(field, draft.shown);
  const note =
    value === null ? t('formView.isNull') : typeof value === 'number' && field?.type === 'string' ? t('formView.isNumber') : undefined;
  return (
    <TextField
      id={id}
      label={label}
      {...draft.bind({ multiline })}
      disabled={disabled}
      error={error}
      size="small"
      fullWidth
      multiline={multiline}
      maxRows={6}
      placeholder={value === undefined ? t('formView.absent') : undefined}
      helperText={note}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { 'aria-describedby': joinIds(describedBy, note ? `${id}-helper-text` : undefined), 'aria-required': required || undefined, spellCheck: field?.pii === 'freeText' },
      }}
    />
  );
}
