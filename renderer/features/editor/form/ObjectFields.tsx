/**
 * The fields of one object (a record, an envelope, a list item) in the order of its spec, each
 * read from the key it is written under (its name, an alias, or another letter case, as the
 * checker matches them); then the keys the spec does not know, editable as JSON values.
 */
import { Box, Typography } from '@mui/material';
import type { PathSegment } from '../../../../shared/issues/issue';
import type { ObjectSpec } from '../../../../shared/spec/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { FieldRow } from './FieldRow';
import { matchKeys, widgetFor } from './fieldKind';
import { useForm } from './FormContext';

export interface ObjectFieldsProps {
  object: ObjectSpec | undefined;
  value: unknown;
  path: PathSegment[];
  /** Keys shown elsewhere (the envelope's records list). */
  skip?: ReadonlySet<string>;
}

const BLOCKS = new Set(['list', 'scalarList', 'object', 'json']);

/** The grid of an object's fields. */
export function ObjectFields({ object, value, path, skip }: ObjectFieldsProps) {
  const { t } = useI18n();
  const form = useForm();
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const { keyOf, unknown } = matchKeys(record, object);
  const fields = (object?.fields ?? []).filter((f) => !skip?.has(f.name));
  const others = unknown.filter((k) => !skip?.has(k));
  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', columnGap: 2, rowGap: 1.5, alignItems: 'start' }}>
        {fields.map((f) => {
          const key = keyOf.get(f) ?? f.name;
          const v = record?.[key];
          const block = BLOCKS.has(widgetFor(f, v, form.spec));
          return (
            <Box key={f.name} sx={{ gridColumn: block ? '1 / -1' : undefined, minWidth: 0 }}>
              <FieldRow field={f} wire={key} path={[...path, key]} value={v} />
            </Box>
          );
        })}
      </Box>
      {others.length > 0 && (
        <Box component="section" sx={{ mt: 2 }} aria-label={t('formView.otherKeys')}>
          <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
            {t('formView.otherKeys')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 1.5 }}>
            {others.map((k) => (
              <FieldRow key={k} wire={k} path={[...path, k]} value={record?.[k]} removable />
            ))}
          </Box>
        </Box>
      )}
    </>
  );
}
