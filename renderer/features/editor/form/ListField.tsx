/**
 * A nested list of objects (TaiLieuNop, DanhSachLePhi…; issue 4 §1 "nested lists with add,
 * remove, duplicate and reorder"): one framed item per entry, named by its first value, with its
 * own buttons. New items come from the item spec with sensible defaults (fieldKind.ts newItem).
 * Long lists open only the items with issues (and the one selected elsewhere), so a record with
 * hundreds of files stays quick; any item opens with one click.
 */
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Typography } from '@mui/material';
import { useCallback, useId, useState } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import { FieldGroup } from './FieldGroup';
import { newItem } from './fieldKind';
import type { FieldRowProps } from './FieldRow';
import { useForm, useFormIssues, useFormSelection } from './FormContext';
import { ListItem } from './ListItem';

/** Lists longer than this open only the items that need attention. */
export const OPEN_ALL_UP_TO = 6;

/** The index of the item of list `path` that a selection lies in, if any. */
function selectedItem(path: readonly PathSegment[], selected: readonly PathSegment[] | undefined): number | undefined {
  if (!selected || selected.length <= path.length) return undefined;
  for (let i = 0; i < path.length; i++) if (selected[i] !== path[i]) return undefined;
  const seg = selected[path.length];
  return typeof seg === 'number' ? seg : undefined;
}

/** The list section. */
export function ListField({ field, wire, path, value }: FieldRowProps) {
  const { t, tl, lang } = useI18n();
  const form = useForm();
  const issues = useFormIssues();
  const selection = useFormSelection();
  const headId = useId();
  const key = formatPath(path);
  const items = Array.isArray(value) ? value : [];
  const itemSpec = field?.items;
  // The user's own open/close choices, by item; everything else follows the rule above.
  const [choice, setChoice] = useState<Map<number, boolean>>(new Map());
  const selected = selectedItem(path, selection?.path);
  const attention = (i: number) => {
    const c = issues.counts(`${key}[${i}]`);
    return c.error + c.warning > 0;
  };
  const isOpen = (i: number) => choice.get(i) ?? (items.length <= OPEN_ALL_UP_TO || attention(i) || i === selected);
  const toggle = useCallback((i: number, wasOpen: boolean) => setChoice((m) => new Map(m).set(i, !wasOpen)), []);

  const add = () => {
    if (!itemSpec) return;
    const item = newItem(itemSpec, form.spec);
    const ok = Array.isArray(value) ? form.insert(path, items.length, item) : form.set(path, [item]);
    if (ok) {
      setChoice((m) => new Map(m).set(items.length, true));
      form.reveal([...path, items.length]);
    }
  };
  const itemLabel = itemSpec ? tl(itemSpec.label) : wire;
  const addText = t('formView.add', { label: itemLabel.toLocaleLowerCase(lang === 'vi' ? 'vi-VN' : 'en-US') });

  const count = (
    <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
      {' ('}
      {t('tree.items', { n: formatNumber(items.length, lang), count: items.length })})
    </Box>
  );
  const actions = !form.readOnly && itemSpec && (
    <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={add} aria-label={`${addText} — ${wire}`}>
      {addText}
    </Button>
  );
  return (
    <FieldGroup
      field={field}
      wire={wire}
      path={path}
      headId={headId}
      titleSuffix={count}
      actions={actions}
      onFocusCapture={(e) => {
        if (e.target === e.currentTarget) form.focused(path);
      }}
    >
      {value === '' && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('formView.emptyString')}
        </Typography>
      )}
      {items.length === 0 && value !== '' && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {value === undefined ? t('formView.absent') : t('formView.emptyList')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gap: 1, mt: items.length ? 1 : 0 }}>
        {items.map((item, i) => (
          <ListItem
            key={i}
            listPath={path}
            wire={wire}
            index={i}
            count={items.length}
            item={item}
            itemSpec={itemSpec}
            itemLabel={itemLabel}
            open={isOpen(i)}
            counts={issues.counts(`${key}[${i}]`)}
            readOnly={form.readOnly}
            onToggle={toggle}
          />
        ))}
      </Box>
    </FieldGroup>
  );
}
