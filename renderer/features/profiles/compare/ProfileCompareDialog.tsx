/**
 * "What changes if the portal's guide changes?" for the active document (PEERS.md §3 idea 10): the
 * user chooses profile B (built-in or imported; A is the profile in use), the document is
 * validated under B off the UI thread, and the differences are listed grouped — new under B, gone
 * under B, severity changed — each with its path, message and spec reference. Clicking one
 * selects the field in the editor. The profile in use does not change.
 */
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  InputLabel,
  LinearProgress,
  MenuItem,
  Select,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { Issue } from '../../../../shared/issues/issue';
import type { ProfileEntry } from '../../../../shared/ipc/profiles';
import type { ComparedSide, ReportComparison } from '../../../../shared/validate/compareReports';
import type { Localized } from '../../../../shared/i18n/localized';
import { useI18n } from '../../../i18n/I18nProvider';
import { issueCountsText } from '../../../i18n/format';
import type { EditorDocument } from '../../editor/model/types';
import { CompareError, compareDocument, type CompareValidator } from './compareDocument';
import { DifferenceGroup } from './DifferenceGroup';

export interface ProfileCompareDialogProps {
  open: boolean;
  /** The active document. */
  doc: EditorDocument | undefined;
  /** Profile A: the one in use. */
  profileA: string;
  /** The profiles B may be (built-ins first, then the imported ones). */
  entries: ProfileEntry[];
  validator: CompareValidator;
  /** An issue was clicked: `issue` is B's (A's for an issue gone under B). */
  onSelect(issue: Issue): void;
  onClose(): void;
}

type Phase =
  | { state: 'idle' }
  | { state: 'running'; b: string; progress: number | null }
  | { state: 'done'; comparison: ReportComparison; docId: string; version: number }
  | { state: 'failed'; message: Localized };

const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();

/** The profile offered first as B: an imported one other than A, else the other built-in. */
function defaultB(entries: ProfileEntry[], a: string): string {
  const others = entries.filter((e) => !same(e.id, a));
  return (others.find((e) => !e.builtIn) ?? others[0] ?? entries[0])?.id ?? 'strict';
}

/** The compare dialog. */
export function ProfileCompareDialog({ open, doc, profileA, entries, validator, onSelect, onClose }: ProfileCompareDialogProps) {
  const { t, tl, lang } = useI18n();
  const [choice, setChoice] = useState<string>();
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  // Only the latest run may report; a run of a closed dialog or another document is dropped.
  const runId = useRef(0);

  const b = choice && entries.some((e) => same(e.id, choice)) ? choice : defaultB(entries, profileA);
  const label = (id: string) => {
    const e = entries.find((x) => same(x.id, id));
    return e ? `${tl(e.name)} (${e.id} ${e.version})` : id;
  };

  // Another document: its comparison is not this one's.
  useEffect(() => {
    if (phase.state === 'done' && phase.docId !== doc?.id) setPhase({ state: 'idle' });
  }, [doc?.id, phase]);

  useEffect(() => {
    if (!open) runId.current++;
  }, [open]);

  const run = async () => {
    if (!doc) return;
    const id = ++runId.current;
    const target = doc;
    setPhase({ state: 'running', b, progress: null });
    try {
      const comparison = await compareDocument(target, profileA, b, validator, (f) => id === runId.current && setPhase({ state: 'running', b, progress: f }));
      if (id === runId.current) setPhase({ state: 'done', comparison, docId: target.id, version: target.version });
    } catch (error) {
      if (id !== runId.current) return;
      const message = error instanceof CompareError || (error && typeof error === 'object' && 'localized' in error) ? (error as CompareError).localized : { vi: String(error), en: String(error) };
      setPhase({ state: 'failed', message });
    }
  };

  const side = (which: 'A' | 'B', s: ComparedSide) =>
    t('profileCompare.side', {
      label: which,
      profile: label(s.profile.id),
      verdict: t(s.valid ? 'profileCompare.valid' : 'profileCompare.invalid'),
      counts: issueCountsText(s.counts, lang),
    });

  const result = phase.state === 'done' ? phase.comparison : undefined;
  const differences = result ? result.onlyA.length + result.onlyB.length + result.changed.length : 0;

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="profile-compare-title" disableRestoreFocus>
      <DialogTitle id="profile-compare-title">{t('profileCompare.title')}</DialogTitle>
      <DialogContent>
        {!doc ? (
          <DialogContentText>{t('profileCompare.noDocument')}</DialogContentText>
        ) : (
          <>
            <DialogContentText>{t('profileCompare.intro', { name: doc.info.name })}</DialogContentText>
            <Typography variant="body2" sx={{ mt: 1.5 }}>
              <strong>{t('profileCompare.profileA')}</strong>: {label(profileA)}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 1.5, flexWrap: 'wrap' }}>
              <FormControl size="small" sx={{ minWidth: 320, flex: 1 }}>
                <InputLabel id="profile-compare-b">{t('profileCompare.profileB')}</InputLabel>
                <Select labelId="profile-compare-b" label={t('profileCompare.profileB')} value={entries.some((e) => same(e.id, b)) ? entries.find((e) => same(e.id, b))!.id : ''} onChange={(e) => setChoice(e.target.value)}>
                  {entries.map((e) => (
                    <MenuItem key={e.id} value={e.id}>
                      {label(e.id)}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
              <Button variant="contained" onClick={() => void run()} disabled={phase.state === 'running'}>
                {t('profileCompare.run')}
              </Button>
            </Box>
            {phase.state === 'running' && (
              <Box sx={{ mt: 2 }} role="status">
                <Typography variant="body2">{t('profileCompare.running', { id: phase.b })}</Typography>
                <LinearProgress variant={phase.progress === null ? 'indeterminate' : 'determinate'} value={(phase.progress ?? 0) * 100} aria-label={t('profileCompare.running', { id: phase.b })} />
              </Box>
            )}
            {phase.state === 'failed' && (
              <Alert severity="error" sx={{ mt: 2 }}>
                <strong>{t('profileCompare.failed')}</strong>: {tl(phase.message)}
              </Alert>
            )}
            {result && phase.state === 'done' && (
              <Box sx={{ mt: 2 }} data-testid="profile-compare-result">
                {phase.version !== doc.version && (
                  <Alert severity="info" sx={{ mb: 1 }}>
                    {t('profileCompare.stale')}
                  </Alert>
                )}
                <Alert severity={result.verdict === 'becomesInvalid' ? 'warning' : result.verdict === 'becomesValid' ? 'success' : 'info'} role="status">
                  {result.verdict === 'same'
                    ? t('profileCompare.sameVerdict', { verdict: t(result.b.valid ? 'profileCompare.valid' : 'profileCompare.invalid') })
                    : t(result.verdict === 'becomesInvalid' ? 'profileCompare.becomesInvalid' : 'profileCompare.becomesValid', { a: result.a.profile.id, b: result.b.profile.id })}
                </Alert>
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {side('A', result.a)}
                </Typography>
                <Typography variant="body2">{side('B', result.b)}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  {differences === 0 ? t('profileCompare.noDifference') : t('profileCompare.unchanged', { n: result.unchanged, count: result.unchanged })}
                </Typography>
                <DifferenceGroup kind="added" comparison={result} onSelect={onSelect} />
                <DifferenceGroup kind="gone" comparison={result} onSelect={onSelect} />
                <DifferenceGroup kind="changed" comparison={result} onSelect={onSelect} />
              </Box>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('profileCompare.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
