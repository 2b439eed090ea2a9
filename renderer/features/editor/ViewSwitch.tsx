/**
 * The view switch (issue 4 §9): a group of buttons named exactly "Form", "Tree" and "JSON" — one
 * per registered view (views.ts); a view that cannot show the document is disabled.
 */
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useI18n } from '../../i18n/I18nProvider';
import type { EditorDocument } from './model/types';
import type { EditorViewDefinition, EditorViewId } from './views';

export interface ViewSwitchProps {
  views: readonly EditorViewDefinition[];
  doc: EditorDocument;
  value: EditorViewId;
  onChange(view: EditorViewId): void;
}

/** The switch between the document's views. */
export function ViewSwitch({ views, doc, value, onChange }: ViewSwitchProps) {
  const { t } = useI18n();
  return (
    <ToggleButtonGroup size="small" exclusive value={value} aria-label={t('view.switch')} onChange={(_e, v: EditorViewId | null) => v && onChange(v)}>
      {views.map((v) => (
        <ToggleButton key={v.id} value={v.id} disabled={v.available ? !v.available(doc) : false} sx={{ px: 2, py: 0.25, textTransform: 'none' }}>
          {v.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
