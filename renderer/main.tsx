/**
 * Renderer entry: finds the bridge (Electron preload or web host) and renders the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BridgeProvider } from './bridge/BridgeContext';
import { getBridge } from './bridge/getBridge';

// Files dropped outside the drop zone must not make the page navigate to them.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BridgeProvider bridge={getBridge()}>
      <App />
    </BridgeProvider>
  </StrictMode>,
);
