/**
 * How to send: the service (only for a bare array or a single record, which carry none), create
 * or update for DongBoHoSoMC (as in the packet, create, update, or decided by TraCuuHoSo —
 * dossier.md §5 rule 1, §3.2), and the number of records per request.
 */
import { useState } from 'react';
import { FormControl, FormControlLabel, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import type { EnvironmentSummary } from '../../../../shared/portal/environment';
import type { SendPreview } from '../../../../shared/portal/result';
import { takesIsUpdating } from '../../../../shared/portal/services';
import { allPackets } from '../../../../shared/spec/registry';
import { useI18n } from '../../../i18n/I18nProvider';
import type { SendOptions } from '../sendFlow';

/** Services a document can be sent with: every push and request the spec knows. */
function sendableServices(): string[] {
  const out = new Set<string>();
  for (const p of allPackets()) if (p.service && p.role !== 'response') out.add(p.service);
  return [...out].sort();
}

function isEnvelope(doc: unknown): doc is Record<string, unknown> {
  return !!doc && typeof doc === 'object' && !Array.isArray(doc) && ('service' in doc || 'data' in doc || 'madonvi' in doc);
}

export interface SendOptionsFormProps {
  document: unknown;
  env: EnvironmentSummary;
  options: SendOptions;
  preview?: SendPreview;
  onChange(patch: Partial<SendOptions>): void;
}

/** The options of a send. */
export function SendOptionsForm({ document, env, options, preview, onChange }: SendOptionsFormProps) {
  const { t } = useI18n();
  // What the user types, kept as typed; only a whole number from 1 to 1000 reaches the options.
  const [chunkText, setChunkText] = useState(options.chunkSize === undefined ? '' : String(options.chunkSize));
  const envelope = isEnvelope(document);
  const service = options.service ?? preview?.service ?? (envelope && typeof document.service === 'string' ? document.service : undefined);
  const docIsUpdating = envelope && document.isUpdating !== undefined ? String(document.isUpdating) : undefined;
  return (
    <Stack spacing={2} component="section" aria-label={t('send.dialog.options')}>
      {!envelope && (
        <TextField
          select
          size="small"
          label={t('send.dialog.service')}
          value={service ?? ''}
          onChange={(e) => onChange({ service: e.target.value || undefined })}
          helperText={`${t('send.dialog.serviceHelp')}${!options.service && preview?.service ? ` ${preview.service} ${t('send.dialog.serviceDetected')}` : ''}`}
        >
          {sendableServices().map((s) => (
            <MenuItem key={s} value={s}>
              {s}
            </MenuItem>
          ))}
        </TextField>
      )}
      {service && takesIsUpdating(service) && (
        <FormControl>
          <FormLabel id="send-isupdating">{t('send.dialog.isUpdating')}</FormLabel>
          <RadioGroup aria-labelledby="send-isupdating" value={options.isUpdating ?? 'document'} onChange={(e) => onChange({ isUpdating: e.target.value as SendOptions['isUpdating'] })}>
            <FormControlLabel
              value="document"
              control={<Radio size="small" />}
              label={t('send.isUpdating.document', { value: docIsUpdating !== undefined ? `"${docIsUpdating}"` : t('send.isUpdating.documentNone') })}
            />
            <FormControlLabel value="False" control={<Radio size="small" />} label={t('send.isUpdating.false')} />
            <FormControlLabel value="True" control={<Radio size="small" />} label={t('send.isUpdating.true')} />
            <FormControlLabel value="auto" control={<Radio size="small" />} label={t('send.isUpdating.auto')} />
          </RadioGroup>
        </FormControl>
      )}
      <TextField
        size="small"
        type="number"
        label={t('send.dialog.chunkSize')}
        value={chunkText}
        placeholder={String(env.chunkSize)}
        helperText={t('send.dialog.chunkSizeHelp', { n: env.chunkSize })}
        onChange={(e) => {
          setChunkText(e.target.value);
          const n = Number(e.target.value);
          onChange({ chunkSize: e.target.value === '' || !Number.isInteger(n) || n < 1 ? undefined : Math.min(n, 1000) });
        }}
        slotProps={{ htmlInput: { min: 1, max: 1000, step: 1 } }}
        sx={{ maxWidth: 260 }}
      />
    </Stack>
  );
}
