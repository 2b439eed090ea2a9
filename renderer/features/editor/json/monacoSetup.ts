/**
 * Monaco, fully offline (docs TOOLCHAIN.md "Monaco fully offline"): the lean editor API with the
 * editor features and the JSON language only, its workers bundled by Vite (`?worker`), and
 * @monaco-editor/react pointed at this copy so its CDN loader never runs. Imported by every
 * component that shows Monaco; the first import sets it up.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

// The workers are bundled files of this app (the CSP allows workers from 'self' only).
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

// No schema is ever fetched over the network; the packet's schema is registered by model URI.
jsonDefaults.setDiagnosticsOptions({ validate: true, allowComments: false, enableSchemaRequest: false, schemas: [], trailingCommas: 'error', comments: 'error' });

export { monaco, jsonDefaults };
