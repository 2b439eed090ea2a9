/**
 * The send feature as the shell mounts it — one element anywhere in the shell, below the editor's
 * provider: its state (which SendAppBar and ProductionBanner read wherever the shell puts them),
 * its commands, and its dialogs (send, environments, history).
 */
import type { Bridge } from '../../../shared/ipc/bridge';
import { useEditorStore } from '../editor/model/EditorContext';
import type { Notices } from '../shell/useNotices';
import { SendDialogHost } from './dialog/SendDialog';
import { EnvironmentsDialogHost } from './environments/EnvironmentsDialog';
import { HistoryDialogHost } from './history/HistoryDialog';
import { SendStateProvider, useSend } from './SendContext';
import { useSendCommands } from './useSendCommands';

export interface SendFeatureProps {
  bridge: Bridge;
  notices: Pick<Notices, 'push'>;
  /** Opens a text as a new, unsaved document (replies and history entries). */
  openText(name: string, text: string): void;
}

/** The send feature: state, commands and dialogs. */
export function SendFeature({ bridge, notices, openText }: SendFeatureProps) {
  return (
    <SendStateProvider bridge={bridge} notices={notices} openText={openText}>
      <SendCommands />
      <SendDialogHost />
      <EnvironmentsDialogHost />
      <HistoryDialogHost />
    </SendStateProvider>
  );
}

function SendCommands() {
  const send = useSend();
  const store = useEditorStore();
  useSendCommands(send.open, () => Boolean(store.document()) && Boolean(send.current));
  return null;
}
