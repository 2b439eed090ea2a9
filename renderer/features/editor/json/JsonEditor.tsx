/**
 * The JSON view: Monaco over the document's text. Typing goes to the store (one undo history
 * with the other views); the store's changes come back as edits; the packet's JSON Schema gives
 * completion and hover; the core's issues are markers; the cursor selects the path under it, and
 * a selection made elsewhere (an issue, a tree node, a form field) is revealed and selected here.
 */
import { Alert, Box, Button, useTheme } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import { keyRangeOfPath, pathAtOffset, rangeOfPath } from '../../../../shared/parse/tree';
import { locatePath } from '../../../../shared/parse/locate';
import { STRICT_PROFILE } from '../../../../shared/index';
import { useI18n } from '../../../i18n/I18nProvider';
import { useProfile } from '../../document/profiles';
import { useEditorState, useEditorStore } from '../model/EditorContext';
import type { EditorDocument } from '../model/types';
import { runCommand } from '../commands/bus';
import { issueMarkers, MARKER_OWNER } from './markers';
import { modelFor, saveViewState } from './monacoModels';
import { monaco } from './monacoSetup';
import { bindSchema } from './schemas';
import { registerJsonEditor } from './activeEditor';
import { markFirstRecord } from '../large/benchMarks';
import { MONO } from '../../../theme/fonts';
import { remeasureWhenFontsLoad } from './monacoFonts';

/** Delay before the cursor's position becomes the shared selection (moving through text stays cheap). */
const CURSOR_SYNC_MS = 150;

function samePath(a: readonly PathSegment[] | undefined, b: readonly PathSegment[]): boolean {
  return !!a && a.length === b.length && a.every((s, i) => s === b[i]);
}

/** The Monaco editor of a (small) document. */
export function JsonEditor({ doc }: { doc: EditorDocument }) {
  const store = useEditorStore();
  const { t, lang } = useI18n();
  const { profileId } = useEditorState();
  // The schema follows the chosen profile, a user profile included once the host has listed it.
  const profile = useProfile(profileId) ?? STRICT_PROFILE;
  const theme = useTheme();
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const [faithful, setFaithful] = useState(true);
  const [where, setWhere] = useState('');
  const docId = doc.id;

  // The editor itself, once.
  useEffect(() => {
    const editor = monaco.editor.create(host.current!, {
      automaticLayout: true,
      minimap: { enabled: false },
      folding: true,
      scrollBeyondLastLine: false,
      renderWhitespace: 'selection',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
      fixedOverflowWidgets: true,
      ariaLabel: t('json.ariaLabel'),
      fontFamily: MONO,
    });
    editorRef.current = editor;
    remeasureWhenFontsLoad();
    const unregister = registerJsonEditor(editor);
    // The store's history is the only undo history (README.md "Actions").
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => runCommand('undo'));
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => runCommand('redo'));
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => runCommand('redo'));
    // F8 / Shift+F8 walk the issues panel's list (all the core's issues, not only Monaco's markers).
    editor.addCommand(monaco.KeyCode.F8, () => runCommand('nextIssue'));
    editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.F8, () => runCommand('previousIssue'));
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyP, () => runCommand('palette'));
    return () => {
      unregister();
      editor.dispose();
      editorRef.current = null;
    };
    // The aria label follows the language in the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: t('json.ariaLabel'), readOnly: doc.readOnly || !faithful });
  }, [t, doc.readOnly, faithful]);

  useEffect(() => {
    monaco.editor.setTheme(theme.palette.mode === 'dark' ? 'vs-dark' : 'vs');
  }, [theme.palette.mode]);

  // The document's model in the editor; its view state is kept when another document is shown.
  useEffect(() => {
    const editor = editorRef.current!;
    const h = modelFor(store, docId);
    if (!h) return;
    editor.setModel(h.model);
    if (h.viewState) editor.restoreViewState(h.viewState);
    setFaithful(h.faithful);
    markFirstRecord(docId);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cursor = editor.onDidChangeCursorSelection((e) => {
      const pos = e.selection.getPosition();
      setWhere(t('json.cursor', { line: pos.lineNumber, column: pos.column }));
      // Only the user's own moves select (not our reveal of a selection made elsewhere).
      if (e.source === 'api' || e.reason === monaco.editor.CursorChangeReason.ContentFlush) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const current = store.document(docId);
        if (!current?.tree || !editor.getModel()) return;
        const path = pathAtOffset(current.tree, h.model.getOffsetAt(pos));
        if (!samePath(current.selection?.path, path)) store.select(path, 'json', undefined, docId);
      }, CURSOR_SYNC_MS);
    });
    return () => {
      clearTimeout(timer);
      cursor.dispose();
      saveViewState(docId, editor.saveViewState());
    };
  }, [store, docId, t]);

  // The packet's JSON Schema, by model URI.
  useEffect(() => {
    const h = modelFor(store, docId);
    if (!h) return;
    const uri = h.model.uri.toString();
    bindSchema(uri, doc.packetId ? { packetId: doc.packetId, form: doc.form, profile, lang } : undefined);
  }, [store, docId, doc.packetId, doc.form, profile, lang]);

  // The core's issues as markers, from a report of the text shown (older ranges would be misplaced).
  useEffect(() => {
    const h = modelFor(store, docId);
    if (!h || !doc.report || doc.reportVersion !== doc.version) return;
    monaco.editor.setModelMarkers(h.model, MARKER_OWNER, issueMarkers(monaco, doc.report.issues, lang));
  }, [store, docId, doc.report, doc.reportVersion, doc.version, lang]);

  // A selection made in another view is revealed and selected here.
  const selection = doc.selection;
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !selection || selection.source === 'json') return;
    const model = editor.getModel();
    if (!model) return;
    const issueRange = selection.issue?.range && doc.reportVersion === doc.version ? selection.issue.range : undefined;
    // The value's range: the issue's own, or found by the fast path scanner (valid JSON), or by the
    // tolerant tree (text being typed); a missing field is shown at its object (or its key line).
    const range =
      issueRange ??
      (doc.parse.state === 'ok' ? locatePath(doc.text, selection.path) : undefined) ??
      (doc.tree ? (rangeOfPath(doc.tree, selection.path) ?? keyRangeOfPath(doc.tree, selection.path)) : undefined);
    if (!range) return;
    // A string value is selected inside its quotes, so typing replaces the value and keeps it a string.
    const inner = range.length >= 2 && doc.text.charCodeAt(range.offset) === 34 && doc.text.charCodeAt(range.offset + range.length - 1) === 34;
    const start = model.getPositionAt(inner ? range.offset + 1 : range.offset);
    const end = model.getPositionAt(inner ? range.offset + range.length - 1 : range.offset + range.length);
    const r = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    editor.setSelection(r, 'api');
    editor.revealRangeInCenterIfOutsideViewport(r);
    setWhere(t('json.selected', { path: formatPath(selection.path) || t('doc.wholeDocument'), line: start.lineNumber, column: inner ? start.column - 1 : start.column }));
    // Reacts to each new selection (seq), not to every text change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection?.seq]);

  // Monaco keeps one kind of line end: text with mixed ones is made uniform only when the user asks.
  const normalizeEol = () => {
    const h = modelFor(store, docId);
    if (!h) return;
    const eol = h.model.getEOL();
    store.replaceText(doc.text.replace(/\r\n|\r|\n/g, eol), 'json', undefined, docId);
    h.faithful = h.model.getValue() === store.document(docId)?.text;
    setFaithful(h.faithful);
  };
  const eolNotice = !faithful && !doc.readOnly;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      {eolNotice && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={normalizeEol}>
              {t('json.normalizeEol')}
            </Button>
          }
        >
          {t('json.eolReadOnly')}
        </Alert>
      )}
      <Box ref={host} sx={{ flex: 1, minHeight: 240 }} data-testid="json-editor" />
      <Box role="status" aria-live="polite" sx={{ px: 1, py: 0.25, typography: 'caption', color: 'text.secondary', borderTop: 1, borderColor: 'divider' }} data-testid="json-where">
        {where || '\u00a0'}
      </Box>
    </Box>
  );
}
