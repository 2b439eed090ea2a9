/**
 * "New from template": a complete, valid packet of the chosen kind to start from.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItemButton, ListItemText } from '@mui/material';
import { useState } from 'react';
import type { KindId } from '../../../shared/spec/types';
import { useI18n } from '../../i18n/I18nProvider';
import { allKinds } from '../document/kindLabels';

export interface TemplateDialogProps {
  open: boolean;
  onCancel(): void;
  onCreate(kind: KindId): void;
}

/** The template picker. */
export function TemplateDialog({ open, onCancel, onCreate }: TemplateDialogProps) {
  const { t, tl } = useI18n();
  const [kind, setKind] = useState<KindId>('dossier');
  const kinds = allKinds();
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="template-title">
      <DialogTitle id="template-title">{t('template.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('template.help')}</DialogContentText>
        <List role="listbox" aria-label={t('doc.kind')}>
          {kinds.map((k) => (
            <ListItemButton
              key={k.id}
              role="option"
              aria-selected={k.id === kind}
              selected={k.id === kind}
              onClick={() => setKind(k.id)}
              onDoubleClick={() => onCreate(k.id)}
            >
              <ListItemText primary={`${tl(k.label)}${k.provisional ? ` ${t('template.provisional')}` : ''}`} secondary={tl(k.description)} />
            </ListItemButton>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
        <Button variant="contained" onClick={() => onCreate(kind)}>
          {t('action.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
