/**
 * The profile feature as the shell mounts it: keeps the user profiles in step with the host from
 * the start (so a user profile chosen in settings is applied, not checked as strict), and shows
 * the picker with its import, remove and download actions.
 */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { useBridge } from '../../bridge/BridgeContext';
import { useEditorStore } from '../editor/model/EditorContext';
import { WorkspaceDialog } from '../open/WorkspaceDialog';
import type { Notices } from '../shell/useNotices';
import { ProfileCompareLayer } from './compare/ProfileCompareLayer';
import { ProfileDialog } from './ProfileDialog';
import { useUserProfiles } from './useUserProfiles';

export interface ProfileLayerProps {
  open: boolean;
  /** The profile in use. */
  value: string;
  info: AppInfo | undefined;
  notices: Notices;
  onClose(): void;
  onChoose(profileId: string): void;
}

/** The user profiles and the picker. */
export function ProfileLayer({ open, value, info, notices, onClose, onChoose }: ProfileLayerProps) {
  const bridge = useBridge();
  const store = useEditorStore();
  const profiles = useUserProfiles(bridge, store, notices, onChoose);
  const [browsing, setBrowsing] = useState(false);
  const [comparing, setComparing] = useState(false);
  const workspace = info?.capabilities.workspace ?? null;
  // A file may have been copied into the data folder since the last listing; what the last
  // action said belongs to the last time the picker was open.
  useEffect(() => {
    if (!open) return;
    profiles.clearOutcome();
    void profiles.refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <>
      <ProfileDialog
        open={open && !browsing}
        profiles={profiles}
        value={value}
        nativeDialogs={info?.capabilities.nativeDialogs ?? false}
        workspace={workspace}
        onImportFromWorkspace={() => setBrowsing(true)}
        onClose={onClose}
        onChoose={onChoose}
        onCompare={
          store.getState().activeId
            ? () => {
                profiles.clearOutcome();
                onClose();
                setComparing(true);
              }
            : undefined
        }
      />
      <ProfileCompareLayer open={comparing} profileId={value} entries={profiles.entries} onOpen={() => setComparing(true)} onClose={() => setComparing(false)} />
      {workspace !== null && (
        <WorkspaceDialog
          open={open && browsing}
          bridge={bridge}
          onCancel={() => setBrowsing(false)}
          onPick={(path) => {
            setBrowsing(false);
            void profiles.importPath(path);
          }}
        />
      )}
    </>
  );
}
