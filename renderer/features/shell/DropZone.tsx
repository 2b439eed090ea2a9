/**
 * Drag and drop: a file dropped anywhere on the window is opened. In Electron the host reads it
 * by path (so Save writes it back); in a browser the renderer reads its bytes. Dropping never
 * navigates away from the app.
 */
import { Box, Typography } from '@mui/material';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export interface DropZoneProps {
  onFiles(files: File[]): void;
  children: ReactNode;
}

function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/** Wraps the shell and shows an overlay while a file is dragged over it. */
export function DropZone({ onFiles, children }: DropZoneProps) {
  const { t } = useI18n();
  const [depth, setDepth] = useState(0);
  return (
    <Box
      sx={{ position: 'relative', display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setDepth((d) => d + 1);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        setDepth((d) => Math.max(0, d - 1));
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDepth(0);
        const files = Array.from(e.dataTransfer?.files ?? []);
        if (files.length > 0) onFiles(files);
      }}
    >
      {children}
      {depth > 0 && (
        <Box
          aria-hidden
          sx={{
            position: 'absolute',
            inset: 8,
            border: 3,
            borderStyle: 'dashed',
            borderColor: 'primary.main',
            borderRadius: 2,
            bgcolor: 'action.hover',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            pointerEvents: 'none',
          }}
        >
          <Typography variant="h6" color="primary">
            {t('drop.overlay')}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
