/**
 * The Form view (issue 4 §1 "Form"): generated from the spec as the active profile sees it
 * (useRecordSpec), one record at a time — so a 500-record batch costs one record's inputs — with
 * the envelope above it. Every edit is one minimal text edit through the model
 * (setValue(path, value, 'form')); the user's formatting elsewhere is kept. It follows a
 * selection made in another view and selects with source 'form' when a field gets the focus.
 */
import { Alert, Box } from '@mui/material';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { recordIndexOf, recordPath } from '../../../../shared/document/records';
import type { Localized } from '../../../../shared/i18n/localized';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { useEditor } from '../model/EditorContext';
import { useRecordSpec } from '../model/recordSpec';
import type { EditorViewProps } from '../views';
import { recordTitle, recordTitleText } from '../tree/describe';
import { useLargeRecords } from '../tree/useLargeRecords';
import { FieldIssues } from './FieldIssues';
import { RequiredLegend } from './FieldLabel';
import { FormActionsProvider, FormIssuesProvider, FormProvider, FormSelectionProvider, IssueSource, type FormActions, type FormApi } from './FormContext';
import { EnvelopeSection, RecordSection } from './FormSections';
import { PickersProvider } from './PickersProvider';
import { RecordPicker } from './RecordPicker';
import { useFormFollow } from './useFormFollow';
import { useFormMemory } from './useFormMemory';

function valueAt(root: unknown, path: readonly PathSegment[] | undefined): unknown {
  if (!path) return undefined;
  let v = root;
  for (const seg of path) v = (v as Record<string | number, unknown> | undefined)?.[seg as never];
  return v;
}

/** The form of the active document. */
export function FormView({ doc }: EditorViewProps) {
  const { t, lang } = useI18n();
  const spec = useRecordSpec();
  const { store, select, setValue, remove, insert, move, duplicate, applyFix } = useEditor();
  const layout = doc.layout;
  const parse = doc.parse;
  const value = parse.state === 'ok' ? parse.value : undefined;
  const large = useLargeRecords(doc.large);
  const memory = useFormMemory(store, doc.id);
  const { record: chosen, envelopeOpen } = memory.state;
  const count = layout.count;
  const index = Math.max(0, Math.min(chosen, count - 1));
  const path = recordPath(layout, index);
  const [problem, setProblem] = useState<Localized>();
  const root = useRef<HTMLDivElement>(null);

  // Large-file mode: the record in view is read from the worker.
  useEffect(() => {
    if (doc.large && count > 0) large.ensureRecord(index);
  }, [doc.large, index, count, large]);
  const recordValue = doc.large ? large.records.get(index) : valueAt(value, path);
  const loading = Boolean(doc.large) && !large.records.has(index);

  const open = useCallback(
    (p: readonly PathSegment[]) => {
      const i = recordIndexOf(layout, p);
      if (i !== undefined) memory.setRecord(i);
      else if (p.length > 0) memory.setEnvelopeOpen(true);
    },
    [layout, memory],
  );
  const follow = useFormFollow(root, doc.selection, open);

  // The actions never change (they read the document through refs); the API changes with the
  // spec, the issues and read-only only — so typing does not redraw the rows that did not change.
  const latest = useRef({ doc, follow });
  latest.current = { doc, follow };
  const actions = useMemo<FormActions>(() => {
    const done = (r: { ok: true } | { ok: false; reason: Localized }) => {
      setProblem(r.ok ? undefined : r.reason);
      return r.ok;
    };
    return {
      text: () => latest.current.doc.text,
      set: (p, v) => done(setValue(p, v, 'form')),
      remove: (p) => done(remove(p, 'form')),
      insert: (p, i, v) => done(insert(p, i, v, 'form')),
      move: (p, from, to) => done(move(p, from, to, 'form')),
      duplicate: (p, i) => done(duplicate(p, i, 'form')),
      applyFix: (fix) => done(applyFix(fix)),
      focused: (p) => {
        if (latest.current.follow.moving()) return;
        const s = latest.current.doc.selection;
        if (s && s.source === 'form' && formatPath(s.path) === formatPath(p)) return;
        select(p, 'form');
      },
      problem: (reason) => setProblem(reason),
      reveal: (p) => {
        select(p, 'form');
        latest.current.follow.reveal(p, true);
      },
    };
  }, [select, setValue, remove, insert, move, duplicate, applyFix]);
  const api = useMemo<FormApi>(() => ({ ...actions, spec, readOnly: doc.readOnly }), [actions, spec, doc.readOnly]);
  const [issueSource] = useState(() => new IssueSource(doc.issues));
  useLayoutEffect(() => issueSource.set(doc.issues), [issueSource, doc.issues]);

  const titles = useMemo(() => {
    const list = doc.large ? undefined : layout.arrayPath ? valueAt(value, layout.arrayPath) : undefined;
    return (i: number) => {
      if (doc.large) {
        const loaded = large.records.get(i);
        return loaded !== undefined ? recordTitleText(recordTitle(loaded, spec, lang)) : (large.keys.get(i) ?? '');
      }
      const rec = Array.isArray(list) ? list[i] : i === 0 ? valueAt(value, layout.singlePath) : undefined;
      return recordTitleText(recordTitle(rec, spec, lang));
    };
  }, [doc.large, layout, value, spec, lang, large.version, large.records, large.keys]);
  useEffect(() => {
    if (doc.large) large.ensureKeys(Math.max(0, index - 2), index + 2);
  }, [doc.large, index, large]);

  if (value === undefined && !doc.large) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="info">{t('formView.notJson')}</Alert>
      </Box>
    );
  }

  const recordsKey = layout.arrayPath && layout.arrayPath.length > 0 ? String(layout.arrayPath[0]) : layout.singlePath && layout.singlePath.length > 0 ? String(layout.singlePath[0]) : undefined;
  const hasEnvelope = !doc.large && (doc.form === 'envelope' || doc.form === 'reply' || (recordsKey !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)));
  const skip = new Set(recordsKey ? [recordsKey] : []);
  const documentIssues = doc.issues.at('');
  const listIssues = recordsKey ? doc.issues.at(recordsKey) : [];
  const recordObject = spec.record ?? (path && path.length === 0 ? spec.envelope : undefined);

  return (
    <PickersProvider>
      <FormActionsProvider value={actions}>
      <FormIssuesProvider value={issueSource}>
      <FormProvider value={api}>
        <FormSelectionProvider value={doc.selection}>
          <Box data-form-view sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
            <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, px: 2, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
              {count > 0 && (
                <RecordPicker
                  count={count}
                  index={index}
                  onChange={(i) => {
                    memory.setRecord(i);
                    const p = recordPath(layout, i);
                    if (p) select(p, 'form');
                  }}
                  title={titles}
                  counts={(i) => doc.issues.recordCounts(i)}
                  withIssues={doc.issues.recordsWithIssues()}
                />
              )}
              <RequiredLegend />
            </Box>
            {/* The document header already says it for a provisional document; said twice, it cost the form a band. */}
            {spec.provisional && !doc.provisional && (
              <Alert severity="warning" sx={{ borderRadius: 0 }}>
                {t('doc.provisional')}
              </Alert>
            )}
            {!spec.packet && (
              <Alert severity="info" sx={{ borderRadius: 0 }}>
                {t('formView.unknownPacket')}
              </Alert>
            )}
            {doc.readOnly && (
              <Alert severity="info" sx={{ borderRadius: 0 }}>
                {t('formView.readOnly')}
              </Alert>
            )}
            {problem && (
              <Alert severity="warning" onClose={() => setProblem(undefined)} sx={{ borderRadius: 0 }}>
                {problem[lang]}
              </Alert>
            )}
            <Box
              ref={root}
              role="region"
              aria-label={t('formView.label')}
              sx={{
                flex: 1,
                minHeight: 0,
                overflow: 'auto',
                px: 2,
                py: 2,
                '& [data-selected="true"]': { boxShadow: (th) => `0 0 0 2px ${th.palette.primary.main}`, borderRadius: 1 },
              }}
            >
              {(documentIssues.length > 0 || listIssues.length > 0) && (
                <Box sx={{ mb: 2 }}>
                  <FieldIssues id="form-document-issues" issues={[...documentIssues, ...listIssues]} />
                </Box>
              )}
              {hasEnvelope && (
                <EnvelopeSection object={spec.envelope} value={value} skip={skip} open={envelopeOpen} onToggle={() => memory.setEnvelopeOpen(!envelopeOpen)} />
              )}
              {count === 0 || !path ? (
                <Alert severity="info">{t('formView.noRecords')}</Alert>
              ) : (
                <RecordSection key={index} index={index} path={path} value={recordValue} title={titles(index)} loading={loading} object={recordObject} />
              )}
            </Box>
          </Box>
        </FormSelectionProvider>
      </FormProvider>
      </FormIssuesProvider>
      </FormActionsProvider>
    </PickersProvider>
  );
}
