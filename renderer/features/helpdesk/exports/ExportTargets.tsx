/**
 * Where an export goes, as buttons: "Save…" (Electron's dialog) or "Download" (browser), "Save to
 * the workspace" when the web host has one (with the file name), and for HTML "Export PDF…"
 * (Electron) or "Print / Save as PDF…" (browser print dialog, said so on screen).
 */
import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import SaveIcon from '@mui/icons-material/Save';
import { Box, Button, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ExportFile, Exporter } from './useExporter';

export interface ExportTargetsProps {
  exporter: Exporter;
  /** Builds the file(s) to save; undefined when building failed (the builder reported why). */
  build(): Promise<ExportFile[] | undefined>;
  /** The name the workspace field starts with. */
  suggestedName: string;
  /** Offer PDF printing (the first file is HTML). */
  printable?: boolean;
  disabled?: boolean;
  /** Called after something was saved. */
  onDone?(): void;
}

/** The export buttons. */
export function ExportTargets({ exporter, build, suggestedName, printable, disabled, onDone }: ExportTargetsProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [path, setPath] = useState(suggestedName);
  useEffect(() => setPath(suggestedName), [suggestedName]);

  const run = async (go: (files: ExportFile[]) => Promise<boolean>) => {
    setBusy(true);
    try {
      const files = await build();
      if (files && (await go(files))) onDone?.();
    } finally {
      setBusy(false);
    }
  };

  const off = disabled || busy;
  const several = (n: number) => n > 1;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {exporter.nativeDialogs ? (
          <Button variant="contained" startIcon={<SaveIcon />} disabled={off} onClick={() => void run((files) => exporter.saveAll(files))}>
            {t('export.save')}
          </Button>
        ) : (
          <Button variant="contained" startIcon={<DownloadIcon />} disabled={off} onClick={() => void run((files) => exporter.saveAll(files))}>
            {t('export.download')}
          </Button>
        )}
        {printable && (
          <Button startIcon={<PictureAsPdfIcon />} disabled={off} onClick={() => void run((files) => exporter.pdf(files[0].name.replace(/\.html?$/i, '') + '.pdf', files[0].text))}>
            {exporter.nativeDialogs ? t('export.pdf') : t('export.print')}
          </Button>
        )}
      </Box>
      {printable && !exporter.nativeDialogs && (
        <Typography variant="caption" color="text.secondary">
          {t('export.printNote')}
        </Typography>
      )}
      {exporter.workspace !== null && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField size="small" label={t('export.workspaceName')} value={path} onChange={(e) => setPath(e.target.value)} sx={{ flex: 1 }} />
          <Button
            disabled={off || !path.trim() || path.startsWith('.')}
            onClick={() =>
              void run(async (files) => {
                let ok = true;
                // Companion files (the evidence pack's JSON) go beside the first, with their own extension.
                const stem = path.trim().replace(/\.[^./]*$/, '');
                for (const [i, f] of files.entries()) {
                  const ext = /\.[^./]*$/.exec(f.name)?.[0] ?? '';
                  ok = (await exporter.saveToWorkspace(i === 0 && !several(files.length) ? path.trim() : `${stem}${ext}`, f)) && ok;
                }
                return ok;
              })
            }
          >
            {t('export.toWorkspace')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
