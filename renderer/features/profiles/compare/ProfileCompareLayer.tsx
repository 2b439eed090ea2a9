/**
 * The compare feature as the profile layer mounts it: the command "Compare results under two
 * profiles…" (palette; the profile picker's button opens it too), the dialog for the active
 * document, and a worker for small documents' texts, started when first needed and ended when
 * the layer goes. A click on a difference closes the dialog and selects the field in the editor.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Issue } from '../../../../shared/issues/issue';
import type { ProfileEntry } from '../../../../shared/ipc/profiles';
import { BackgroundValidator } from '../../../workers/client';
import { registerCommandHandlers } from '../../editor/commands/bus';
import { useEditorState, useEditorStore } from '../../editor/model/EditorContext';
import type { CompareValidator } from './compareDocument';
import { ProfileCompareDialog } from './ProfileCompareDialog';

export interface ProfileCompareLayerProps {
  open: boolean;
  /** The profile in use (A). */
  profileId: string;
  entries: ProfileEntry[];
  onOpen(): void;
  onClose(): void;
  /** Replaces the worker (tests). */
  validator?: CompareValidator;
}

/** The compare command and dialog. */
export function ProfileCompareLayer({ open, profileId, entries, onOpen, onClose, validator }: ProfileCompareLayerProps) {
  const store = useEditorStore();
  const state = useEditorState();
  const active = state.documents.find((d) => d.id === state.activeId);
  const worker = useRef<BackgroundValidator | undefined>(undefined);

  const effective = useMemo<CompareValidator>(
    () =>
      validator ?? {
        validate: (text, profile) => {
          worker.current ??= new BackgroundValidator();
          return worker.current.validate(text, profile);
        },
      },
    [validator],
  );

  useEffect(() => () => worker.current?.dispose(), []);

  // Without a document there is nothing to compare: the palette runs nothing (returns false).
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  useEffect(() => registerCommandHandlers({ compareProfiles: () => (store.document() ? onOpenRef.current() : false) }), [store]);

  const select = (issue: Issue) => {
    const doc = store.document();
    onClose();
    if (!doc) return;
    // The issue as the editor shows it now, when the report in use has it (A's report).
    const shown = doc.report?.issues.find((i) => i.path === issue.path && i.code === issue.code);
    store.select(issue.segments, 'issues', shown, doc.id);
  };

  return <ProfileCompareDialog open={open} doc={active} profileA={profileId} entries={entries} validator={effective} onSelect={select} onClose={onClose} />;
}
