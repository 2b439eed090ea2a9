/**
 * The reply explainer (issue 6 §6, PEERS.md §3 idea 1): paste a portal reply or a log excerpt;
 * each reply is paired with its request (from the paste, else the open packet), its `error_code`
 * explained offline in Vietnamese and English, and the records it concerns listed — a click
 * selects the record in the editor (or opens the logged request first). A reply can go straight
 * into an evidence pack.
 */
import { Alert, AlertTitle, Box, Button, Chip, List, ListItemButton, ListItemText, Paper, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { explainPaste, type ExplainedExchange, type ExplainResult } from '../../../../shared/explain/index';
import type { PathSegment } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EditorDocument } from '../../editor/model/types';
import { MONO } from '../../../theme/fonts';
import { ToolDialog } from '../ToolDialog';

export interface ExplainDialogProps {
  open: boolean;
  doc?: EditorDocument;
  onClose(): void;
  /** Selects a path of the open packet in the editor. */
  onSelect(segments: PathSegment[]): void;
  /** Opens a request found in the log as a new tab, then selects a path in it. */
  onOpenRequest(request: unknown, segments: PathSegment[]): void;
  /** Starts an evidence pack of the open packet with this reply. */
  onEvidence(replyText: string): void;
}

const STATUS_COLOR = { success: 'success', 'already-exists': 'warning', error: 'error', 'unknown-error': 'error', malformed: 'error' } as const;

/** The dialog. */
export function ExplainDialog({ open, doc, onClose, onSelect, onOpenRequest, onEvidence }: ExplainDialogProps) {
  const { t, tl } = useI18n();
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const packet = doc && doc.parse.state === 'ok' ? doc.parse.value : undefined;
  const result = useMemo<ExplainResult | undefined>(() => (submitted.trim() ? explainPaste(submitted, { packet }) : undefined), [submitted, packet]);

  return (
    <ToolDialog
      open={open}
      onClose={onClose}
      titleId="explain-title"
      title={t('explain.title')}
      help={t('explain.help')}
      actions={<Button onClick={onClose}>{t('hd.close')}</Button>}
    >
      <TextField
        label={t('explain.input')}
        multiline
        minRows={5}
        maxRows={14}
        value={text}
        onChange={(e) => setText(e.target.value)}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: MONO, fontSize: 13 } } }}
      />
      <Box>
        <Button variant="contained" disabled={!text.trim()} onClick={() => setSubmitted(text)}>
          {t('explain.run')}
        </Button>
      </Box>
      {result && (
        <Box role="region" aria-label={t('explain.title')} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          {result.problem ? (
            <Alert severity="warning">{tl(result.problem)}</Alert>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('explain.found', { bodies: result.bodies.length, exchanges: result.exchanges.length })}
            </Typography>
          )}
          {result.exchanges.map((x, i) => (
            <Exchange key={i} index={i + 1} x={x} docName={doc?.info.name ?? ''} onSelect={onSelect} onOpenRequest={onOpenRequest} onEvidence={doc ? onEvidence : undefined} />
          ))}
        </Box>
      )}
    </ToolDialog>
  );
}

interface ExchangeProps {
  index: number;
  x: ExplainedExchange;
  docName: string;
  onSelect(segments: PathSegment[]): void;
  onOpenRequest(request: unknown, segments: PathSegment[]): void;
  onEvidence?(replyText: string): void;
}

function Exchange({ index, x, docName, onSelect, onOpenRequest, onEvidence }: ExchangeProps) {
  const { t, tl } = useI18n();
  const e = x.explanation;
  const paired =
    x.requestSource === 'log' ? t('explain.pairedLog', { line: x.requestAt?.line ?? 0 }) : x.requestSource === 'packet' ? t('explain.pairedPacket', { name: docName }) : t('explain.pairedNone');
  return (
    <Paper variant="outlined" component="article" aria-label={t('explain.reply', { index })} sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3">
          {t('explain.reply', { index })}
        </Typography>
        {e.code !== undefined && <Chip size="small" color={STATUS_COLOR[e.status]} label={`error_code ${e.code}`} />}
        {x.httpStatus && <Chip size="small" variant="outlined" label={t('explain.http', { status: x.httpStatus })} />}
        {!e.known && <Chip size="small" variant="outlined" color="warning" label={t('explain.unknownCode')} />}
        {e.sandboxCode && <Chip size="small" variant="outlined" label={t('explain.sandbox')} />}
      </Box>
      <Alert severity={STATUS_COLOR[e.status]}>
        <AlertTitle>{tl(e.title)}</AlertTitle>
        {e.portalMessage && (
          <Typography variant="body2">
            <strong>{t('explain.portalMessage')}:</strong> {e.portalMessage}
          </Typography>
        )}
        <Typography variant="body2">
          <strong>{t('explain.what')}:</strong> {tl(e.explanation)}
        </Typography>
        <Typography variant="body2">
          <strong>{t('explain.action')}:</strong> {tl(e.action)}
        </Typography>
      </Alert>
      <Typography variant="body2" color="text.secondary">
        {paired}
      </Typography>
      {x.records.length > 0 && (
        <Box>
          <Typography variant="subtitle2" id={`explain-records-${index}`}>
            {t('explain.records')}
          </Typography>
          <List dense aria-labelledby={`explain-records-${index}`}>
            {x.records.map((r) => (
              <ListItemButton
                key={r.path}
                onClick={() => (x.requestSource === 'log' ? onOpenRequest(x.request, r.segments) : onSelect(r.segments))}
                aria-label={`${x.requestSource === 'log' ? t('explain.openRequest') : t('explain.select')}: ${r.path}`}
              >
                <ListItemText primary={`${r.path}${r.maHoSo ? ` — ${r.maHoSo}` : ''}`} secondary={tl(r.reason)} slotProps={{ primary: { sx: { fontFamily: MONO, fontSize: 13 } } }} />
              </ListItemButton>
            ))}
          </List>
        </Box>
      )}
      {onEvidence && (
        <Box>
          <Button size="small" onClick={() => onEvidence(JSON.stringify(x.reply, null, 2))}>
            {t('evidence.fromExplainer')}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
