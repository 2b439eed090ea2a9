/**
 * The report export dialog, for a batch or for one document: the format (HTML, CSV, JSON, JUnit),
 * masking (with the CCCD structure option), the report's language, then where it goes.
 */
import { Alert, Box, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, ToggleButton, ToggleButtonGroup, Typography, Button } from '@mui/material';
import { useState } from 'react';
import type { Lang, Localized } from '../../../../shared/i18n/localized';
import type { ReportFormat } from '../../../../shared/report/export';
import type { MessageKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import { ExportTargets } from './ExportTargets';
import type { Exporter, ExportFile } from './useExporter';

/** What the dialog asks the builder for. */
export interface ReportChoice {
  format: ReportFormat;
  masked: boolean;
  keepStructure: boolean;
  lang: Lang;
}

export interface ExportDialogProps {
  open: boolean;
  title: string;
  exporter: Exporter;
  /** Builds the report file, or says why it cannot. */
  build(choice: ReportChoice): Promise<ExportFile | { error: Localized }>;
  /** The name suggested for the workspace field, per format. */
  suggestedName(choice: ReportChoice): string;
  onClose(): void;
}

const FORMATS: { id: ReportFormat; label: MessageKey }[] = [
  { id: 'html', label: 'export.html' },
  { id: 'csv', label: 'export.csv' },
  { id: 'json', label: 'export.json' },
  { id: 'junit', label: 'export.junit' },
];

/** The dialog. */
export function ExportDialog({ open, title, exporter, build, suggestedName, onClose }: ExportDialogProps) {
  const { t, tl, lang } = useI18n();
  const [choice, setChoice] = useState<ReportChoice>({ format: 'html', masked: true, keepStructure: false, lang });
  const [error, setError] = useState<Localized>();
  const set = (patch: Partial<ReportChoice>) => {
    setError(undefined);
    setChoice((c) => ({ ...c, ...patch }));
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="export-title">
      <DialogTitle id="export-title">{title}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <FormControl>
          <FormLabel id="export-format">{t('export.format')}</FormLabel>
          <RadioGroup row aria-labelledby="export-format" value={choice.format} onChange={(e) => set({ format: e.target.value as ReportFormat })}>
            {FORMATS.map((f) => (
              <FormControlLabel key={f.id} value={f.id} control={<Radio />} label={t(f.label)} />
            ))}
          </RadioGroup>
        </FormControl>
        <Box>
          <FormControlLabel control={<Checkbox checked={choice.masked} onChange={(e) => set({ masked: e.target.checked })} />} label={t('export.masked')} />
          {choice.masked && (
            <FormControlLabel sx={{ ml: 2 }} control={<Checkbox checked={choice.keepStructure} onChange={(e) => set({ keepStructure: e.target.checked })} />} label={t('export.keepStructure')} />
          )}
          <Typography variant="caption" color="text.secondary" component="p">
            {choice.masked ? t('export.maskedNote') : ''} {t('export.versions')}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Typography id="export-lang">{t('export.language')}</Typography>
          <ToggleButtonGroup size="small" exclusive value={choice.lang} aria-labelledby="export-lang" onChange={(_e, v: Lang | null) => v && set({ lang: v })}>
            <ToggleButton value="vi">Tiếng Việt</ToggleButton>
            <ToggleButton value="en">English</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        {error && <Alert severity="error">{tl(error)}</Alert>}
        <ExportTargets
          exporter={exporter}
          printable={choice.format === 'html'}
          suggestedName={suggestedName(choice)}
          build={async () => {
            const r = await build(choice);
            if ('error' in r) {
              setError(r.error);
              return undefined;
            }
            return [r];
          }}
          onDone={onClose}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('hd.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
