/**
 * What is computed from one version of a document's text, lazily and at most once: the parse
 * (value, or syntax error and suggested repairs), jsonc-parser's tolerant tree (cursor ↔ path),
 * and the record layout. A view that never asks pays nothing.
 */
import { recordLayout, type RecordLayout } from '../../../../shared/document/records';
import { parseJson } from '../../../../shared/parse/json';
import { parseTree, type JsonTree } from '../../../../shared/parse/tree';
import { packetById } from '../../../../shared/spec/registry';
import type { ParseState } from './types';

/** The derived data of one text. */
export class Derived {
  private parsed?: ParseState;
  private syntaxTree?: JsonTree;
  private layouts = new Map<string, RecordLayout>();

  constructor(
    readonly text: string,
    /** Large-file mode: no parse here; the layout comes from the worker. */
    private readonly largeLayout?: RecordLayout,
  ) {}

  get parse(): ParseState {
    if (this.largeLayout) return { state: 'large' };
    if (!this.parsed) {
      const outcome = parseJson(this.text);
      this.parsed = outcome.ok ? { state: 'ok', value: outcome.value } : { state: 'syntax', syntax: outcome.error, repairs: outcome.repairs };
    }
    return this.parsed;
  }

  get tree(): JsonTree | undefined {
    if (this.largeLayout) return undefined;
    return (this.syntaxTree ??= parseTree(this.text));
  }

  /** The record layout, using the packet's records field when the packet is known. */
  layout(packetId: string | undefined): RecordLayout {
    if (this.largeLayout) return this.largeLayout;
    const key = packetId ?? '';
    let layout = this.layouts.get(key);
    if (!layout) {
      const p = this.parse;
      layout = recordLayout(p.state === 'ok' ? p.value : undefined, packetId ? packetById(packetId) : undefined);
      this.layouts.set(key, layout);
    }
    return layout;
  }
}
