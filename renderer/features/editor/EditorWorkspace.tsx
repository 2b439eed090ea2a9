/**
 * The active document on screen: its header, the syntax error and its repairs when the text is
 * not JSON, the view switch and the chosen view, the issues panel beside it, and the preview of
 * a quick fix or repair before it is applied.
 */
import { Box, Stack } from '@mui/material';
import { startTransition, useCallback, useDeferredValue, useEffect, useState } from 'react';
import type { Issue } from '../../../shared/issues/issue';
import type { Localized } from '../../../shared/i18n/localized';
import { SyntaxErrorPanel } from '../document/SyntaxErrorPanel';
import { registerCommandHandlers } from './commands/bus';
import { DocumentHeader } from './DocumentHeader';
import { ChangePreviewDialog, type PreviewSubject } from './issues/ChangePreviewDialog';
import { IssuesPanel } from './issues/IssuesPanel';
import { useEditorStore } from './model/EditorContext';
import type { EditorDocument } from './model/types';
import { ViewSwitch } from './ViewSwitch';
import { defaultView, EDITOR_VIEWS, type EditorViewId } from './views';

export interface EditorWorkspaceProps {
  doc: EditorDocument;
  profileLabel: string;
  /** Says what happened (a fix applied, an action refused), politely. */
  announce(message: Localized, severity?: 'success' | 'info' | 'warning' | 'error'): void;
}

/** The editor area of the active document. */
export function EditorWorkspace({ doc, profileLabel, announce }: EditorWorkspaceProps) {
  const store = useEditorStore();
  const [viewByDoc, setViewByDoc] = useState<Record<string, EditorViewId>>({});
  const [preview, setPreview] = useState<PreviewSubject>();
  const views = EDITOR_VIEWS;
  const chosen = viewByDoc[doc.id];
  const usable = (id: EditorViewId | undefined) => views.find((v) => v.id === id && (v.available?.(doc) ?? true));
  const current = usable(chosen) ?? usable(defaultView(doc, views)) ?? views[views.length - 1];

  // A view's first render (a tree of 100,000 records) happens in React's interruptible time.
  const show = useCallback((id: EditorViewId) => startTransition(() => setViewByDoc((m) => ({ ...m, [doc.id]: id }))), [doc.id]);

  // The view a document first appears in stays until the user switches (a repaired paste stays in JSON).
  const shown = current?.id;
  useEffect(() => {
    if (shown && !chosen) show(shown);
  }, [shown, chosen, show]);

  useEffect(
    () =>
      registerCommandHandlers({
        viewForm: () => (views.some((v) => v.id === 'form') ? show('form') : false),
        viewTree: () => (views.some((v) => v.id === 'tree') ? show('tree') : false),
        viewJson: () => show('json'),
      }),
    [views, show],
  );

  const onFix = useCallback((issue: Issue) => issue.fix && setPreview({ kind: 'fix', title: issue.fix.title, edits: issue.fix.edits, path: issue.path }), []);

  const apply = (subject: PreviewSubject) => {
    const result = subject.kind === 'fix' ? store.applyFix({ title: subject.title, edits: subject.edits }, doc.id) : store.applyRepair({ title: subject.title, edits: subject.edits }, doc.id);
    setPreview(undefined);
    if (result.ok) announce({ vi: `Đã áp dụng: ${subject.title.vi}`, en: `Applied: ${subject.title.en}` }, 'success');
    else announce(result.reason, 'warning');
  };

  const View = current?.component;
  const parse = doc.parse;
  // A large document's views render in React's interruptible time (a report of thousands of
  // issues arriving must not freeze the window); a small one's render at once, so that typing in
  // a form field never shows a stale value.
  const deferred = useDeferredValue(doc);
  const viewDoc = doc.large && deferred.id === doc.id ? deferred : doc;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <DocumentHeader doc={doc} profileLabel={profileLabel} />
      {parse.state === 'syntax' && (
        <Box sx={{ px: 2, pt: 1 }}>
          <SyntaxErrorPanel
            name={doc.info.name}
            syntax={parse.syntax}
            repairs={parse.repairs}
            onPreview={(r) => setPreview({ kind: 'repair', title: r.title, description: r.description, edits: r.edits })}
          />
        </Box>
      )}
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0, flexDirection: { xs: 'column', md: 'row' } }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, minHeight: 300 }}>
          <Stack direction="row" sx={{ px: 2, py: 0.5, alignItems: 'center', borderBottom: 1, borderColor: 'divider' }}>
            <ViewSwitch views={views} doc={doc} value={current?.id ?? 'json'} onChange={show} />
          </Stack>
          {View && <View doc={viewDoc} />}
        </Box>
        <Box sx={{ display: 'flex', width: { xs: '100%', md: 440 }, minHeight: 200, maxHeight: { xs: '45vh', md: 'none' }, borderLeft: { md: 1 }, borderTop: { xs: 1, md: 0 }, borderColor: 'divider' }}>
          <IssuesPanel doc={viewDoc} onFix={onFix} />
        </Box>
      </Box>
      <ChangePreviewDialog subject={preview} text={doc.text} onApply={apply} onClose={() => setPreview(undefined)} />
    </Box>
  );
}
