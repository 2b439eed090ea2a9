/**
 * The names of the bridge's channels and events, without their schemas, so the sandboxed preload
 * can build the bridge object without bundling zod. `contract.ts` is typed against these lists:
 * a channel added in one place and not the other fails to compile.
 */

/** Request/response channels, `<namespace>:<method>`. */
export const CHANNEL_NAMES = [
  'app:info',
  'files:takePending',
  'files:openDialog',
  'files:saveDialog',
  'files:read',
  'files:save',
  'files:listWorkspace',
  'files:recent',
  'files:clearRecent',
  'settings:get',
  'settings:update',
  'secrets:set',
  'secrets:has',
  'secrets:delete',
  'documents:validate',
  'documents:cancel',
  // The editor's recovery store (issue 4 §5).
  'recovery:save',
  'recovery:list',
  'recovery:take',
  'recovery:discard',
  'recovery:leave',
  // Sending (issue 5): the portal, the environments, the send history.
  'portal:preview',
  'portal:send',
  'portal:cancel',
  'portal:sandboxStatus',
  'portal:sandboxStart',
  'portal:sandboxStop',
  'environments:list',
  'environments:save',
  'environments:delete',
  'environments:select',
  'environments:export',
  'environments:import',
  'environments:secretStorage',
  'environments:useSecretFile',
  'environments:useMemorySecrets',
  'history:search',
  'history:get',
  'history:reopen',
  'history:settings',
  'history:configure',
  'history:export',
  'history:clear',
  // Helpdesk (issue 6): batch triage, exports, legacy-encoding preview.
  'batch:pickFolder',
  'batch:run',
  'batch:cancel',
  'batch:issues',
  'batch:records',
  'batch:values',
  'batch:report',
  'batch:close',
  'exports:save',
  'exports:pdf',
  'helpdesk:readLegacy',
  // User validation profiles (issue 2): list, import, remove, export (profiles.ts).
  'profiles:list',
  'profiles:import',
  'profiles:remove',
  'profiles:export',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Events the host pushes to the renderer. */
export const EVENT_NAMES = ['documents:progress', 'files:openRequested', 'menu:command', 'portal:progress', 'batch:progress'] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** The namespace of a channel (`files` for `files:read`). */
export type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;

/** The method part of a channel (`read` for `files:read`). */
export type MethodOf<C extends string> = C extends `${string}:${infer M}` ? M : never;

/** Splits a channel name into namespace and method. */
export function splitChannel(channel: string): [string, string] {
  const i = channel.indexOf(':');
  return [channel.slice(0, i), channel.slice(i + 1)];
}

/** Whether a string names a channel of the contract. */
export function isChannelName(name: string): name is ChannelName {
  return (CHANNEL_NAMES as readonly string[]).includes(name);
}

/** Whether a string names an event of the contract. */
export function isEventName(name: string): name is EventName {
  return (EVENT_NAMES as readonly string[]).includes(name);
}
