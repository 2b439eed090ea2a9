/**
 * The command palette (Ctrl+Shift+P): every command of the registry with its shortcut, filtered
 * as you type (diacritics optional: "luu" finds "Lưu"), run with Enter or a click.
 */
import { Box, Dialog, DialogContent, DialogTitle, List, ListItemButton, ListItemText, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../../shared/ipc/commands';
import { pick } from '../../../../shared/i18n/localized';
import { useI18n } from '../../../i18n/I18nProvider';
import { hasHandler, onHandlersChanged, runCommand } from './bus';
import { shortcutLabel, shortcutOf } from './shortcuts';
import { MONO } from '../../../theme/fonts';

/** Text folded for matching: lower case, without Vietnamese diacritics (đ → d). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export interface CommandPaletteProps {
  open: boolean;
  host: 'electron' | 'web';
  onClose(): void;
}

/** The palette. */
export function CommandPalette({ open, host, onClose }: CommandPaletteProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [, setTick] = useState(0);
  useEffect(() => onHandlersChanged(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    if (open) {
      setQuery('');
      setActive(0);
    }
  }, [open]);

  const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
  const items = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return (COMMANDS as readonly CommandSpec[])
      .map((c) => {
        const label = pick(c.label, lang);
        const other = pick(c.label, lang === 'vi' ? 'en' : 'vi');
        return { c, label, haystack: fold(`${label} ${other} ${c.id}`) };
      })
      .filter(({ haystack }) => words.every((w) => haystack.includes(w)));
  }, [query, lang]);

  const run = (id: string) => {
    onClose();
    // After the dialog has closed, so that focus returns to where the command acts.
    setTimeout(() => runCommand(id as CommandId), 0);
  };

  const clamp = (i: number) => Math.max(0, Math.min(items.length - 1, i));
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="palette-title" slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 8 } } }}>
      <DialogTitle id="palette-title" sx={{ pb: 1 }}>
        {t('palette.title')}
      </DialogTitle>
      <DialogContent sx={{ pb: 1 }}>
        <TextField
          autoFocus
          fullWidth
          size="small"
          label={t('palette.search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((i) => clamp(i + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => clamp(i - 1));
            } else if (e.key === 'Enter' && items[active]) {
              e.preventDefault();
              if (hasHandler(items[active].c.id as CommandId)) run(items[active].c.id);
            }
          }}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-expanded': true,
              'aria-controls': 'palette-list',
              'aria-activedescendant': items[active] ? `palette-${items[active].c.id}` : undefined,
              'aria-autocomplete': 'list',
            },
          }}
          sx={{ mt: 1 }}
        />
        <List id="palette-list" role="listbox" aria-label={t('palette.commands')} dense sx={{ maxHeight: 420, overflow: 'auto', mt: 1 }}>
          {items.map(({ c, label }, i) => {
            const enabled = hasHandler(c.id as CommandId);
            const keys = shortcutLabel(shortcutOf(c, host), mac);
            return (
              <ListItemButton
                key={c.id}
                id={`palette-${c.id}`}
                role="option"
                aria-selected={i === active}
                selected={i === active}
                disabled={!enabled}
                onClick={() => run(c.id)}
                onMouseMove={() => setActive(i)}
              >
                <ListItemText primary={label} />
                {keys && (
                  <Box component="kbd" sx={{ ml: 2, px: 0.75, py: 0.1, border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: MONO, fontSize: 12, color: 'text.secondary', whiteSpace: 'nowrap' }}>
                    {keys}
                  </Box>
                )}
              </ListItemButton>
            );
          })}
          {items.length === 0 && (
            <Typography color="text.secondary" sx={{ p: 1 }}>
              {t('palette.none')}
            </Typography>
          )}
        </List>
      </DialogContent>
    </Dialog>
  );
}
