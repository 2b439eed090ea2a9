// @vitest-environment jsdom
/**
 * The Helpdesk menu without a document: triage and the explainer can run, the tools that work
 * on a document are greyed until one is open.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/ipc/commands';
import { BridgeProvider } from '../../bridge/BridgeContext';
import { I18nProvider } from '../../i18n/I18nProvider';
import { registerCommandHandlers } from '../editor/commands/bus';
import { HelpdeskMenu } from './HelpdeskMenu';

const HELPDESK = (COMMANDS as readonly CommandSpec[]).filter((c) => c.group === 'helpdesk');
let remove: (() => void) | undefined;
afterEach(() => {
  cleanup();
  remove?.();
});

function show(hasDocument: boolean): Map<CommandId, string | null> {
  // Every helpdesk command handled, as when the helpdesk layer is mounted.
  remove = registerCommandHandlers(Object.fromEntries(HELPDESK.map((c) => [c.id, () => undefined])));
  render(
    <BridgeProvider bridge={{ host: 'web' } as Bridge}>
      <I18nProvider lang="vi">
        <HelpdeskMenu hasDocument={hasDocument} />
      </I18nProvider>
    </BridgeProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Hỗ trợ' }));
  return new Map(HELPDESK.map((c) => [c.id as CommandId, screen.getByRole('menuitem', { name: c.label.vi }).getAttribute('aria-disabled')]));
}

describe('helpdesk menu', () => {
  it('greys the document tools while no document is open', () => {
    const state = show(false);
    expect(state.get('triageFolder')).toBeNull();
    expect(state.get('explainReply')).toBeNull();
    for (const id of ['exportReport', 'maskDocument', 'evidencePack', 'showCodePoints', 'normalizeText'] as const) expect(state.get(id), id).toBe('true');
  });

  it('offers every tool once a document is open', () => {
    const state = show(true);
    expect([...state.values()].every((v) => v === null)).toBe(true);
  });
});
