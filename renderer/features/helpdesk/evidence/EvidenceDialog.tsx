/**
 * "Create an evidence pack" for the open document (issue 6 §4): paste the portal's reply (or
 * bring it from the explainer), create the masked pack, check its parts and checksums, then save
 * or download the printable HTML and the JSON together.
 */
import { Alert, AlertTitle, Box, Button, Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import type { ReportMeta } from '../../../../shared/report/types';
import { localize } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EditorDocument } from '../../editor/model/types';
import { documentText } from '../documentText';
import { ExportTargets } from '../exports/ExportTargets';
import type { Exporter } from '../exports/useExporter';
import { buildPack, type PackOutcome } from './buildPack';
import { MONO } from '../../../theme/fonts';
import { ToolDialog } from '../ToolDialog';

export interface EvidenceDialogProps {
  open: boolean;
  doc?: EditorDocument;
  /** A reply brought from the explainer. */
  initialReply?: string;
  /** Portal replies open in other tabs (e.g. opened from the send history), offered as the reply. */
  openReplies?: { name: string; text: string }[];
  meta: Omit<ReportMeta, 'generatedAt'>;
  exporter: Exporter;
  onClose(): void;
}

/** The evidence pack dialog. */
export function EvidenceDialog({ open, doc, initialReply, openReplies = [], meta, exporter, onClose }: EvidenceDialogProps) {
  const { t, tl, lang } = useI18n();
  const [reply, setReply] = useState('');
  const [keepStructure, setKeepStructure] = useState(false);
  const [outcome, setOutcome] = useState<PackOutcome>();
  const [error, setError] = useState<Localized>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setReply(initialReply ?? '');
    setOutcome(undefined);
    setError(undefined);
  }, [open, initialReply]);

  const create = async () => {
    if (!doc) return;
    if (!doc.report || doc.reportVersion !== doc.version) return setError(localize('hd.stillValidating'));
    setBusy(true);
    setError(undefined);
    try {
      const text = await documentText(doc);
      const r = await buildPack({ packetText: text, packetName: doc.info.name, report: doc.report, replyPaste: reply, keepStructure, lang, meta });
      setOutcome(r);
    } finally {
      setBusy(false);
    }
  };

  const ok = outcome?.ok ? outcome : undefined;
  return (
    <ToolDialog
      open={open}
      onClose={onClose}
      titleId="evidence-title"
      title={t('evidence.title')}
      help={t('evidence.help')}
      actions={
        <>
          <Button onClick={onClose}>{t('hd.close')}</Button>
          <Button variant="contained" disabled={!doc || busy} onClick={() => void create()}>
            {t('evidence.create')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('evidence.reply')}
        multiline
        minRows={4}
        maxRows={12}
        value={reply}
        onChange={(e) => {
          setReply(e.target.value);
          setOutcome(undefined);
        }}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: MONO, fontSize: 13 } } }}
      />
      {openReplies.length > 0 && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          {openReplies.map((r) => (
            <Button
              key={r.name}
              size="small"
              variant="outlined"
              onClick={() => {
                setReply(r.text);
                setOutcome(undefined);
              }}
            >
              {t('evidence.useOpenReply', { name: r.name })}
            </Button>
          ))}
        </Box>
      )}
      <FormControlLabel control={<Checkbox checked={keepStructure} onChange={(e) => (setKeepStructure(e.target.checked), setOutcome(undefined))} />} label={t('evidence.keepStructure')} />
      {error && <Alert severity="warning">{tl(error)}</Alert>}
      {outcome && !outcome.ok && (
        <Alert severity="error">
          <AlertTitle>{t('evidence.failed')}</AlertTitle>
          {tl(outcome.error)}
        </Alert>
      )}
      {ok && (
        <Box role="status" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Alert severity="success">{t('evidence.ready', { issues: ok.pack.data.issues.length, parts: ok.pack.data.parts.length })}</Alert>
          <Box component="ul" sx={{ m: 0, pl: 3, fontFamily: MONO, fontSize: 12 }}>
            {ok.pack.data.parts.map((p) => (
              <li key={p.name}>{t('evidence.part', { name: p.name, bytes: p.bytes, sha: p.sha256 })}</li>
            ))}
          </Box>
          <ExportTargets exporter={exporter} suggestedName={ok.files[0].name} build={async () => ok.files} />
        </Box>
      )}
    </ToolDialog>
  );
}
