/**
 * The open documents as tabs: the name, a dot for unsaved changes (also said to screen readers),
 * and a close button that asks about unsaved changes first.
 */
import CloseIcon from '@mui/icons-material/Close';
import { Box, IconButton, Tab, Tabs, Tooltip } from '@mui/material';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EditorDocument } from '../model/types';

export interface TabBarProps {
  documents: EditorDocument[];
  activeId?: string;
  onActivate(id: string): void;
  onClose(id: string): void;
}

/** The tab bar of the editor. */
export function TabBar({ documents, activeId, onActivate, onClose }: TabBarProps) {
  const { t } = useI18n();
  if (documents.length === 0) return null;
  return (
    <Box sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <Tabs
        value={activeId ?? false}
        onChange={(_e, id: string) => onActivate(id)}
        variant="scrollable"
        scrollButtons="auto"
        aria-label={t('tabs.label')}
        sx={{ minHeight: 36 }}
      >
        {documents.map((d) => (
          <Tab
            key={d.id}
            value={d.id}
            id={`tab-${d.id}`}
            sx={{ minHeight: 36, py: 0, pr: 0.5, textTransform: 'none' }}
            aria-label={d.dirty ? t('tabs.dirtyName', { name: d.info.name }) : d.info.name}
            onAuxClick={(e) => e.button === 1 && onClose(d.id)}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                <span>{d.info.name}</span>
                {d.dirty && (
                  <Box component="span" aria-hidden sx={{ color: 'warning.main', fontSize: 18, lineHeight: 1 }}>
                    ●
                  </Box>
                )}
                <Tooltip title={t('tabs.close', { name: d.info.name })}>
                  <IconButton
                    component="span"
                    size="small"
                    aria-label={t('tabs.close', { name: d.info.name })}
                    onClick={(e) => {
                      e.stopPropagation();
                      onClose(d.id);
                    }}
                  >
                    <CloseIcon sx={{ fontSize: 16 }} />
                  </IconButton>
                </Tooltip>
              </Box>
            }
          />
        ))}
      </Tabs>
    </Box>
  );
}
