/**
 * The legacy-encoding confirmation (issue 6 §5): "this file is not UTF-8; it appears to be TCVN3"
 * with the text decoded in that encoding (or another the user picks) for a preview; only on
 * "Convert to UTF-8 and open" does the converted text open — as an unsaved document, so that
 * saving writes UTF-8. Cancel leaves everything as it was.
 */
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, InputLabel, MenuItem, Select, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../../shared/ipc/bridge';
import type { Localized } from '../../../../shared/i18n/localized';
import { pick } from '../../../../shared/i18n/localized';
import { decodeBytes } from '../../../../shared/index';
import { decodeLegacy, LEGACY_ENCODING_NAMES, type LegacyEncoding } from '../../../../shared/parse/legacy';
import { detectLineEnding } from '../../../../shared/parse/decode';
import { useI18n } from '../../../i18n/I18nProvider';
import type { LegacyCandidate } from './legacyOffer';

/** The converted document, ready to open. */
export interface ConvertedFile {
  name: string;
  path?: string;
  text: string;
  size: number;
  lineEnding: 'lf' | 'crlf' | 'mixed' | 'none';
  encoding: LegacyEncoding;
}

export interface LegacyEncodingDialogProps {
  candidate?: LegacyCandidate;
  bridge: Bridge;
  onCancel(): void;
  onConvert(file: ConvertedFile): void;
}

const PREVIEW_CHARS = 6000;
const ENCODINGS = Object.keys(LEGACY_ENCODING_NAMES) as LegacyEncoding[];

type Preview = { ok: true; file: ConvertedFile; suspected?: LegacyEncoding } | { ok: false; error: Localized };

async function readAs(bridge: Bridge, c: LegacyCandidate, encoding: LegacyEncoding | undefined): Promise<Preview> {
  if (c.kind === 'host') {
    const r = await bridge.helpdesk.readLegacy({ path: c.path, ...(encoding ? { encoding } : {}) });
    if (!r.ok) return { ok: false, error: r.error.message };
    const v = r.value;
    return { ok: true, suspected: v.suspected, file: { name: v.name, path: v.path, text: v.text, size: v.size, lineEnding: v.lineEnding, encoding: v.encoding } };
  }
  const suspected = decodeBytes(c.bytes).error?.suspected;
  const enc = encoding ?? suspected ?? 'windows-1258';
  const text = decodeLegacy(c.bytes, enc);
  return { ok: true, suspected, file: { name: c.name, text, size: c.bytes.byteLength, lineEnding: detectLineEnding(text), encoding: enc } };
}

/** The dialog (open while there is a candidate). */
export function LegacyEncodingDialog({ candidate, bridge, onCancel, onConvert }: LegacyEncodingDialogProps) {
  const { t, tl, lang } = useI18n();
  const [encoding, setEncoding] = useState<LegacyEncoding>();
  const [preview, setPreview] = useState<Preview>();

  useEffect(() => {
    setEncoding(undefined);
    setPreview(undefined);
  }, [candidate]);

  useEffect(() => {
    if (!candidate) return;
    let live = true;
    void readAs(bridge, candidate, encoding).then((p) => live && setPreview(p));
    return () => {
      live = false;
    };
  }, [bridge, candidate, encoding]);

  const ok = preview?.ok ? preview : undefined;
  const shown = ok?.file.encoding ?? encoding;
  return (
    <Dialog open={Boolean(candidate)} onClose={onCancel} fullWidth maxWidth="md" aria-labelledby="legacy-title">
      <DialogTitle id="legacy-title">{t('legacy.title')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography>
          {ok?.suspected
            ? t('legacy.body', { name: candidate?.name ?? '', encoding: pick(LEGACY_ENCODING_NAMES[ok.suspected], lang) })
            : t('legacy.unknown', { name: candidate?.name ?? '' })}
        </Typography>
        <FormControl size="small" sx={{ maxWidth: 420 }}>
          <InputLabel id="legacy-encoding">{t('legacy.encoding')}</InputLabel>
          <Select labelId="legacy-encoding" label={t('legacy.encoding')} value={shown ?? ''} onChange={(e) => setEncoding(e.target.value as LegacyEncoding)}>
            {ENCODINGS.map((e) => (
              <MenuItem key={e} value={e}>
                {pick(LEGACY_ENCODING_NAMES[e], lang)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        {preview && !preview.ok && (
          <Alert severity="error">
            {t('legacy.failed')}: {tl(preview.error)}
          </Alert>
        )}
        {ok && (
          <Box component="section" aria-labelledby="legacy-preview-title">
            <Typography id="legacy-preview-title" variant="subtitle2">
              {t('legacy.preview')}
            </Typography>
            <Box component="pre" sx={{ m: 0, p: 1, maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, fontSize: 13, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {ok.file.text.slice(0, PREVIEW_CHARS)}
              {ok.file.text.length > PREVIEW_CHARS ? '\n…' : ''}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('hd.cancel')}</Button>
        <Button variant="contained" disabled={!ok} onClick={() => ok && onConvert(ok.file)}>
          {t('legacy.convert')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
