/**
 * "New from template": a complete, valid packet of the chosen kind — and of any of its packets
 * (a request, a reply, the progress update…) — to start from.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControl, InputLabel, List, ListItemButton, ListItemText, MenuItem, Select } from '@mui/material';
import { useState } from 'react';
import type { KindId } from '../../../shared/spec/types';
import { useI18n } from '../../i18n/I18nProvider';
import { allKinds } from '../document/kindLabels';

export interface TemplateDialogProps {
  open: boolean;
  onCancel(): void;
  /** Creates the template of a kind's main packet, or of `packetId`. */
  onCreate(kind: KindId, packetId?: string): void;
}

/** The template picker. */
export function TemplateDialog({ open, onCancel, onCreate }: TemplateDialogProps) {
  const { t, tl } = useI18n();
  const [kind, setKind] = useState<KindId>('dossier');
  const [packet, setPacket] = useState<string>('');
  const kinds = allKinds();
  const packets = kinds.find((k) => k.id === kind)?.packets ?? [];
  const chosen = packets.some((p) => p.id === packet) ? packet : (packets[0]?.id ?? '');
  const create = (k: KindId = kind) => onCreate(k, k === kind && chosen !== packets[0]?.id ? chosen : undefined);
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
              onClick={() => {
                setKind(k.id);
                setPacket('');
              }}
              onDoubleClick={() => onCreate(k.id)}
            >
              <ListItemText primary={`${tl(k.label)}${k.provisional ? ` ${t('template.provisional')}` : ''}`} secondary={tl(k.description)} />
            </ListItemButton>
          ))}
        </List>
        {packets.length > 1 && (
          <FormControl fullWidth size="small" sx={{ mt: 1 }}>
            <InputLabel id="template-packet-label">{t('doc.packet')}</InputLabel>
            <Select labelId="template-packet-label" label={t('doc.packet')} value={chosen} onChange={(e) => setPacket(e.target.value)}>
              {packets.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {`${p.id} — ${tl(p.label)}`}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
        <Button variant="contained" onClick={() => create()}>
          {t('action.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
