/**
 * A coded field: a closed list is a select showing "code — label" (TrangThaiHoSo "10 — Đã trả
 * kết quả"); an open list (partial or unverified, spec/types.ts CodeList.closed) also accepts a
 * value of one's own, and says the list is unverified. A value outside the list is shown as
 * written, never replaced.
 */
import { Autocomplete, Box, MenuItem, TextField } from '@mui/material';
import { pick } from '../../../../../shared/i18n/localized';
import type { CodeList } from '../../../../../shared/spec/types';
import { useI18n } from '../../../../i18n/I18nProvider';
import { scalarText, valueFromText } from '../fieldKind';
import { useDraft } from '../useDraft';
import { joinIds, type InputProps } from './TextInput';

/** The select or combo box of a coded field. */
export function CodeInput(props: InputProps & { list: CodeList | undefined }) {
  const { list } = props;
  if (!list || list.closed) return <ClosedCode {...props} />;
  return <OpenCode {...props} list={list} />;
}

function ClosedCode({ id, label, field, value, onWrite, disabled, error, describedBy, required, list }: InputProps & { list: CodeList | undefined }) {
  const { t, lang } = useI18n();
  const current = scalarText(value);
  const entries = list?.entries ?? [];
  const known = entries.some((e) => e.code === current);
  const odd = current !== '' && !known;
  const note = value === undefined ? t('formView.absent') : odd ? t('formView.notInList', { value: current }) : undefined;
  return (
    <TextField
      id={id}
      select
      label={label}
      value={current}
      onChange={(e) => {
        const next = e.target.value;
        // Choosing "(empty)" on an absent field is not an edit.
        if (next === current && value !== undefined) return;
        if (next === '' && value === undefined) return;
        onWrite(valueFromText(field, next, value));
      }}
      disabled={disabled}
      error={error || odd}
      size="small"
      fullWidth
      helperText={note}
      slotProps={{
        inputLabel: { shrink: true },
        select: {
          displayEmpty: true,
          renderValue: (v) =>
            v === '' ? (
              <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>
                {value === undefined ? t('formView.absent') : t('formView.emptyOption')}
              </Box>
            ) : (
              codeText(String(v), list, lang)
            ),
          SelectDisplayProps: { 'aria-describedby': joinIds(describedBy, note ? `${id}-helper-text` : undefined), 'aria-required': required || undefined } as object,
        },
      }}
    >
      <MenuItem value="">
        <em>{value === undefined ? t('formView.absent') : t('formView.emptyOption')}</em>
      </MenuItem>
      {odd && (
        <MenuItem value={current} disabled>
          {current}
        </MenuItem>
      )}
      {entries.map((e) => (
        <MenuItem key={e.code} value={e.code}>
          {e.code} — {pick(e.label, lang)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** "10 — Đã trả kết quả", or the code alone when the list does not know it. */
export function codeText(code: string, list: CodeList | undefined, lang: 'vi' | 'en'): string {
  const entry = list?.entries.find((e) => e.code === code);
  return entry ? `${code} — ${pick(entry.label, lang)}` : code;
}

function OpenCode({ id, label, field, value, onWrite, disabled, error, describedBy, required, list }: InputProps & { list: CodeList }) {
  const { t, lang } = useI18n();
  const current = scalarText(value);
  const write = (text: string) => onWrite(valueFromText(field, text, value));
  const draft = useDraft(current, write);
  const entry = list.entries.find((e) => e.code === draft.shown);
  const helper = [entry ? pick(entry.label, lang) : value === undefined ? t('formView.absent') : undefined, t('formView.openList')].filter(Boolean).join(' · ');
  return (
    <Autocomplete
      id={id}
      freeSolo
      disableClearable
      options={list.entries.map((e) => e.code)}
      value={current}
      inputValue={draft.shown}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input') draft.change(text);
      }}
      onChange={(_e, next) => {
        const text = typeof next === 'string' ? next : '';
        draft.cancel();
        if (text !== current) write(text);
      }}
      filterOptions={(options, state) => {
        const q = state.inputValue.trim().toLowerCase();
        // The whole list when the box shows the current value; else what matches the code or its label.
        if (!q || q === current.toLowerCase()) return options;
        return options.filter((c) => c.toLowerCase().includes(q) || codeText(c, list, lang).toLowerCase().includes(q));
      }}
      renderOption={(optionProps, code) => {
        const { key, ...rest } = optionProps as typeof optionProps & { key: string };
        return (
          <li key={key} {...rest}>
            {codeText(code, list, lang)}
          </li>
        );
      }}
      disabled={disabled}
      size="small"
      fullWidth
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error}
          helperText={helper}
          onBlur={draft.commit}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') draft.onKeyDown(e);
          }}
          slotProps={{
            ...params.slotProps,
            inputLabel: { ...params.slotProps?.inputLabel, shrink: true },
            htmlInput: { ...params.slotProps?.htmlInput, 'aria-describedby': joinIds(describedBy, `${id}-helper-text`), 'aria-required': required || undefined },
          }}
        />
      )}
    />
  );
}
