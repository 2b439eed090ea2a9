/**
 * A list of plain values (procedure `TTHCLIENQUAN`: ids as strings or numbers): one text input
 * per value, with move and remove, and an add button.
 */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, Tooltip, Typography } from '@mui/material';
import { useId } from 'react';
import { formatPath } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { FieldIssues } from './FieldIssues';
import { FieldGroup } from './FieldGroup';
import type { FieldRowProps } from './FieldRow';
import { useForm, useFormIssues } from './FormContext';
import { TextInput } from './inputs/TextInput';

/** The list of values. */
export function ScalarListField({ field, wire, path, value }: FieldRowProps) {
  const { t, tl } = useI18n();
  const form = useForm();
  const issues = useFormIssues();
  const uid = useId();
  const items = Array.isArray(value) ? value : [];
  const add = () => {
    const ok = Array.isArray(value) ? form.insert(path, items.length, '') : form.set(path, ['']);
    if (ok) form.reveal([...path, items.length]);
  };
  const addText = t('formView.add', { label: field ? tl(field.label).toLocaleLowerCase() : wire });
  const actions = !form.readOnly && (
    <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={add} aria-label={`${addText} — ${wire}`}>
      {addText}
    </Button>
  );
  return (
    <FieldGroup field={field} wire={wire} path={path} headId={uid} actions={actions}>
      {value === '' && (
        <Typography variant="body2" color="text.secondary">
          {t('formView.emptyString')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gap: 1, mt: 1 }}>
        {items.map((item, i) => {
          const itemPath = [...path, i];
          const name = `${wire}[${i}]`;
          const itemIssues = issues.at(itemPath);
          return (
            <Box key={i} data-field={formatPath(itemPath)} onFocusCapture={() => form.focused(itemPath)}>
              <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.25 }}>
                <Box sx={{ flex: 1 }}>
                  <TextInput
                    id={`${uid}-${i}`}
                    label={name}
                    field={field}
                    value={item}
                    onWrite={(v) => form.set(itemPath, v)}
                    disabled={form.readOnly}
                    error={itemIssues.some((x) => x.severity === 'error')}
                    describedBy={itemIssues.length ? `${uid}-${i}-issues` : undefined}
                  />
                </Box>
                {!form.readOnly && (
                  <>
                    {[
                      { title: t('formView.itemUp', { name }), icon: <ArrowUpwardIcon fontSize="small" />, disabled: i === 0, run: () => form.move(path, i, i - 1) },
                      { title: t('formView.itemDown', { name }), icon: <ArrowDownwardIcon fontSize="small" />, disabled: i === items.length - 1, run: () => form.move(path, i, i + 1) },
                      { title: t('formView.itemRemove', { name }), icon: <DeleteOutlinedIcon fontSize="small" />, disabled: false, run: () => form.remove(itemPath) },
                    ].map((b) => (
                      <Tooltip key={b.title} title={b.title}>
                        <span>
                          <IconButton size="small" aria-label={b.title} disabled={b.disabled} onClick={b.run} sx={{ mt: 0.5 }}>
                            {b.icon}
                          </IconButton>
                        </span>
                      </Tooltip>
                    ))}
                  </>
                )}
              </Box>
              <FieldIssues id={`${uid}-${i}-issues`} issues={itemIssues} />
            </Box>
          );
        })}
      </Box>
    </FieldGroup>
  );
}
