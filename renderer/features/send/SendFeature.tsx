/**
 * The send feature as the shell mounts it: its state for the app bar items (SendAppBar,
 * ProductionBanner) and its dialogs — the send dialog, the environments, the history.
 */
import type { ReactNode } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { Notices } from '../shell/useNotices';
import { SendDialogHost } from './dialog/SendDialog';
import { EnvironmentsDialogHost } from './environments/EnvironmentsDialog';
import { HistoryDialogHost } from './history/HistoryDialog';
import { SendStateProvider } from './SendContext';

export interface SendProviderProps {
  bridge: Bridge;
  notices: Pick<Notices, 'push'>;
  /** Opens a text as a new, unsaved document (replies and history entries). */
  openText(name: string, text: string): void;
  children: ReactNode;
}

/** Wraps the shell: state below, dialogs on top. Needs the editor's and the i18n providers above it. */
export function SendProvider({ bridge, notices, openText, children }: SendProviderProps) {
  return (
    <SendStateProvider bridge={bridge} notices={notices} openText={openText}>
      {children}
      <SendDialogHost />
      <EnvironmentsDialogHost />
      <HistoryDialogHost />
    </SendStateProvider>
  );
}
