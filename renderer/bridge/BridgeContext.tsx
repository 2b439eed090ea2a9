/**
 * Makes the bridge available to components (and replaceable in component tests).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Bridge } from '../../shared/ipc/bridge';

const BridgeContext = createContext<Bridge | undefined>(undefined);

/** Provides the bridge to the tree. */
export function BridgeProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

/** The bridge to the host. */
export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge outside BridgeProvider');
  return bridge;
}
