/**
 * The preload script (sandboxed, bundled to CommonJS): exposes the typed bridge as
 * `window.qcvn120` and nothing else.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createPreloadBridge } from './preloadBridge';

contextBridge.exposeInMainWorld('qcvn120', createPreloadBridge(ipcRenderer, (file) => webUtils.getPathForFile(file)));
