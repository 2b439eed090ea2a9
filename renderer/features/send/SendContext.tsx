/**
 * The send feature's shared state: the environments and the one in use (shown in the app bar),
 * which of the feature's dialogs is open, and the few things it needs from the shell (notices,
 * opening a text as a new document). The dialogs read it from a React context; the app bar items
 * and the production banner, which live elsewhere in the shell's tree, read the same value from a
 * small external store, so the shell mounts the feature with one element and places its items
 * with one more each, without wrapping its own tree.
 */
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { SecretStorage } from '../../../shared/ipc/send';
import type { Localized } from '../../../shared/i18n/localized';
import type { EnvironmentSummary } from '../../../shared/portal/environment';
import { localize } from '../../i18n/dictionary';
import type { Notices } from '../shell/useNotices';

export type SendDialog = 'send' | 'history' | 'environments';

export interface SendFeature {
  bridge: Bridge;
  ready: boolean;
  environments: EnvironmentSummary[];
  current?: EnvironmentSummary;
  secretStorage?: SecretStorage;
  /** Reloads the environments (after an edit, an import, a new passphrase file). */
  reload(): Promise<void>;
  select(id: string): Promise<void>;
  dialog?: SendDialog;
  /** With 'environments': the environment to show first. */
  focusEnvironment?: string;
  open(dialog: SendDialog, focusEnvironment?: string): void;
  close(): void;
  notify: Notices['push'];
  /** Opens a text as a new, unsaved document tab. */
  openText(name: string, text: string): void;
  /** Reports a failed bridge call. */
  fail(message: Localized, title?: Localized): void;
}

const Context = createContext<SendFeature | undefined>(undefined);

// The mounted feature's value, for components outside its provider (app bar, banner).
let published: SendFeature | undefined;
const watchers = new Set<() => void>();
const subscribe = (listener: () => void) => {
  watchers.add(listener);
  return () => void watchers.delete(listener);
};
function publish(value: SendFeature | undefined): void {
  published = value;
  for (const w of [...watchers]) w();
}

export interface SendStateProps {
  bridge: Bridge;
  notices: Pick<Notices, 'push'>;
  openText(name: string, text: string): void;
  children?: ReactNode;
}

/** Holds the send feature's state, for its children and for the app bar items. */
export function SendStateProvider({ bridge, notices, openText, children }: SendStateProps) {
  const [environments, setEnvironments] = useState<EnvironmentSummary[]>([]);
  const [currentId, setCurrentId] = useState<string>();
  const [secretStorage, setSecretStorage] = useState<SecretStorage>();
  const [ready, setReady] = useState(false);
  const [dialog, setDialog] = useState<{ which: SendDialog; focus?: string }>();
  const push = notices.push;

  const fail = useCallback((message: Localized, title?: Localized) => push({ severity: 'error', title: title ?? localize('send.notice.environments'), message }), [push]);

  const reload = useCallback(async () => {
    const r = await bridge.environments.list({});
    if (!r.ok) {
      fail(r.error.message);
      return;
    }
    setEnvironments(r.value.environments);
    setCurrentId(r.value.currentId);
    setSecretStorage(r.value.secretStorage);
    for (const message of r.value.notices) push({ severity: 'warning', title: localize('send.notice.environments'), message });
    setReady(true);
  }, [bridge, fail, push]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const select = useCallback(
    async (id: string) => {
      const r = await bridge.environments.select({ id });
      if (!r.ok) fail(r.error.message);
      else setCurrentId(r.value.currentId);
    },
    [bridge, fail],
  );

  const value = useMemo<SendFeature>(
    () => ({
      bridge,
      ready,
      environments,
      current: environments.find((e) => e.id === currentId),
      secretStorage,
      reload,
      select,
      dialog: dialog?.which,
      focusEnvironment: dialog?.focus,
      open: (which, focus) => setDialog({ which, focus }),
      close: () => setDialog(undefined),
      notify: push,
      openText,
      fail,
    }),
    [bridge, ready, environments, currentId, secretStorage, reload, select, dialog, push, openText, fail],
  );
  useLayoutEffect(() => {
    publish(value);
  }, [value]);
  useEffect(() => () => publish(undefined), []);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The send feature's state, or undefined until the feature is mounted. */
export function useSendMaybe(): SendFeature | undefined {
  const fromContext = useContext(Context);
  const fromStore = useSyncExternalStore(subscribe, () => published);
  return fromContext ?? fromStore;
}

/** The send feature's state (inside the feature's dialogs). */
export function useSend(): SendFeature {
  const value = useSendMaybe();
  if (!value) throw new Error('useSend outside the mounted send feature');
  return value;
}
