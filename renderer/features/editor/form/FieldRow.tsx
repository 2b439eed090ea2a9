/**
 * One field of the form: the input its description calls for (fieldKind.ts), the ⓘ help, and
 * the field's issues under it. Lists and nested objects get their own sections. A row
 * re-renders only when its value or its issues changed, so typing in one field of a long
 * record does not redraw the others.
 */
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Box, IconButton, Tooltip } from '@mui/material';
import { memo, useId } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import type { FieldSpec } from '../../../../shared/spec/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { FieldIssues } from './FieldIssues';
import { FieldLabel, HelpButton } from './FieldLabel';
import { widgetFor } from './fieldKind';
import { useForm, useIssuesAt } from './FormContext';
import { CodeInput } from './inputs/CodeInput';
import { DateTimeInput } from './inputs/DateTimeInput';
import { FlagSwitch } from './inputs/FlagSwitch';
import { JsonInput } from './inputs/JsonInput';
import { TextInput } from './inputs/TextInput';
import { ListField } from './ListField';
import { ObjectField } from './ObjectField';
import { ScalarListField } from './ScalarListField';

export interface FieldRowProps {
  field?: FieldSpec;
  /** The key as written in the document (or the spec's name when absent). */
  wire: string;
  path: PathSegment[];
  value: unknown;
  /** Removing the key is offered (keys the spec does not know). */
  removable?: boolean;
}

function FieldRowImpl({ field, wire, path, value, removable }: FieldRowProps) {
  const form = useForm();
  const { t } = useI18n();
  const uid = useId();
  const pathKey = formatPath(path);
  const issues = useIssuesAt(pathKey);
  const widget = field ? widgetFor(field, value, form.spec) : 'json';

  if (field && widget === 'list') return <ListField field={field} wire={wire} path={path} value={value} />;
  if (field && widget === 'scalarList') return <ScalarListField field={field} wire={wire} path={path} value={value} />;
  if (field && widget === 'object') return <ObjectField field={field} wire={wire} path={path} value={value} />;

  const issuesId = `${uid}-issues`;
  const common = {
    id: `${uid}-input`,
    label: <FieldLabel wire={wire} field={field} />,
    field,
    value,
    onWrite: (v: unknown) => form.set(path, v),
    disabled: form.readOnly,
    error: issues.some((i) => i.severity === 'error'),
    describedBy: issues.length ? issuesId : undefined,
    required: field?.required === 'M',
  };
  let input;
  switch (widget) {
    case 'code':
      input = <CodeInput {...common} list={field?.codes ? form.spec.codeList(field.codes) : undefined} />;
      break;
    case 'date':
      input = <DateTimeInput {...common} wire={wire} />;
      break;
    case 'flag':
      input = <FlagSwitch {...common} spec={form.spec} />;
      break;
    case 'json':
      input = <JsonInput {...common} note={field ? t('formView.jsonShape') : undefined} />;
      break;
    default:
      input = <TextInput {...common} />;
  }
  return (
    <Box data-field={pathKey} onFocusCapture={() => form.focused(path)} sx={{ minWidth: 0, gridColumn: widget === 'json' ? '1 / -1' : undefined }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.25 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>{input}</Box>
        <HelpButton wire={wire} field={field} spec={form.spec} />
        {removable && !form.readOnly && <RemoveKeyButton wire={wire} onRemove={() => form.remove(path)} />}
      </Box>
      <FieldIssues id={issuesId} issues={issues} />
    </Box>
  );
}

function RemoveKeyButton({ wire, onRemove }: { wire: string; onRemove(): void }) {
  const { t } = useI18n();
  const title = t('formView.removeKey', { name: wire });
  return (
    <Tooltip title={title}>
      <IconButton size="small" aria-label={title} onClick={onRemove} sx={{ mt: 0.5 }}>
        <DeleteOutlinedIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/** A field row; skipped when neither its value nor its place changed. */
export const FieldRow = memo(
  FieldRowImpl,
  (a, b) => a.field === b.field && a.wire === b.wire && a.value === b.value && a.removable === b.removable && formatPath(a.path) === formatPath(b.path),
);
