/**
 * What the host is and can do (`app:info`): native dialogs, a workspace folder, versions.
 */
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { AppInfo } from '../../../shared/ipc/contract';

/** The host's description, once it answered. */
export function useAppInfo(bridge: Bridge): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void bridge.app.info({}).then((r) => {
      if (live && r.ok) setInfo(r.value);
    });
    return () => {
      live = false;
    };
  }, [bridge]);
  return info;
}
