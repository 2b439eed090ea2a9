/**
 * The typed bridge between the renderer and its host (Electron main or the local web host):
 * every channel with a zod schema for its request and its response, and every event with a zod
 * schema for its payload. Both hosts parse requests with these schemas before a handler runs;
 * the renderer's bridge type is derived from them (bridge.ts), never written by hand.
 */
import { z } from 'zod';
import { KIND_IDS } from '../spec/types';
import type { ChannelName, EventName } from './channels';
import { COMMAND_IDS } from './commands';
import { RECOVERY_CHANNELS } from './recovery';
import { HELPDESK_CHANNELS, HELPDESK_EVENTS } from './helpdesk';
import { PROFILE_CHANNELS } from './profiles';
import { reportSchema } from './report';
import { runIdSchema, sendProgressSchema } from './send';
import { SEND_CHANNELS } from './sendChannels';
import { localizedSchema } from './resultSchema';
import { settingsPatchSchema, settingsSchema } from './settings';

const empty = z.object({}).strict();

/** A path as the host knows it: absolute in Electron, relative to the workspace in the web host. */
const pathSchema = z.string().min(1).max(4096);

const encodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be']);
const lineEndingSchema = z.enum(['lf', 'crlf', 'mixed', 'none']);

/** A document file read by the host, decoded (BOM, UTF-16 and legacy encodings detected). */
export const openedFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().int().min(0),
  modifiedAt: z.string(),
  text: z.string(),
  encoding: encodingSchema,
  bom: z.boolean(),
  lineEnding: lineEndingSchema,
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

/** What to write: the text and how to encode it (kept as the file was read, by default UTF-8). */
const writeSchema = z.object({
  text: z.string(),
  encoding: encodingSchema.default('utf-8'),
  bom: z.boolean().default(false),
});

export const savedFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().int().min(0),
  savedAt: z.string(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

export const recentEntrySchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
});
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export const workspaceEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  type: z.enum(['file', 'dir']),
  size: z.number().int().min(0),
  modifiedAt: z.string(),
});
export type WorkspaceEntry = z.infer<typeof workspaceEntrySchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  /** Version of the packet reference the core implements. */
  specVersion: z.string(),
  /** The built-in profiles, then the user's (`source`: `built-in` or the file it was imported from). */
  profiles: z.array(z.object({ id: z.string(), version: z.string(), name: localizedSchema, source: z.string().optional() })),
  capabilities: z.object({
    /** Native open/save dialogs exist (Electron). The web host uses the browser's picker and downloads. */
    nativeDialogs: z.boolean(),
    /** Display name of the server-side workspace folder (web host `--workspace`), or null. */
    workspace: z.string().nullable(),
    /** Secrets are encrypted at rest by the operating system (Electron safeStorage). */
    secureSecrets: z.boolean(),
  }),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const secretKeySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/);

const jobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Menu commands Electron's application menu sends to the renderer: every command of the registry (commands.ts), About and a recent file. */
export const menuCommandSchema = z.enum([...COMMAND_IDS, 'about', 'openRecent']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** A channel: the schema of its request and of its response value. */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response };
}

/** Every channel of the bridge. */
export const CONTRACT = {
  'app:info': channel(empty, appInfoSchema),
  /** Files the host was asked to open before the renderer was ready (command line, "Open with"). */
  'files:takePending': channel(empty, z.object({ paths: z.array(z.string()) })),
  /** Native open dialog, then read (Electron). `null` when the user cancels. */
  'files:openDialog': channel(empty, openedFileSchema.nullable()),
  /** Native save dialog, then an atomic write (Electron). `null` when the user cancels. */
  'files:saveDialog': channel(writeSchema.extend({ suggestedName: z.string().min(1).max(255) }), savedFileSchema.nullable()),
  'files:read': channel(z.object({ path: pathSchema }).strict(), openedFileSchema),
  /** Atomic save (temp file + rename) to a path the user opened or chose. */
  'files:save': channel(writeSchema.extend({ path: pathSchema }).strict(), savedFileSchema),
  /** Entries of a folder of the web host's `--workspace`. */
  'files:listWorkspace': channel(
    z.object({ dir: z.string().max(4096).default('') }).strict(),
    z.object({ root: z.string(), dir: z.string(), entries: z.array(workspaceEntrySchema) }),
  ),
  'files:recent': channel(empty, z.object({ entries: z.array(recentEntrySchema) })),
  'files:clearRecent': channel(empty, z.object({ entries: z.array(recentEntrySchema) })),
  /** Settings, with a notice when the stored file was corrupt and has been set aside. */
  'settings:get': channel(
    empty,
    z.object({ settings: settingsSchema, notice: z.object({ message: localizedSchema, setAsidePath: z.string() }).optional() }),
  ),
  'settings:update': channel(z.object({ patch: settingsPatchSchema }).strict(), z.object({ settings: settingsSchema })),
  /** Secrets go in, never come back out to the renderer: the host uses them (e.g. to send). */
  'secrets:set': channel(z.object({ key: secretKeySchema, value: z.string().max(65536) }).strict(), z.object({ encrypted: z.boolean() })),
  'secrets:has': channel(z.object({ key: secretKeySchema }).strict(), z.object({ present: z.boolean() })),
  'secrets:delete': channel(z.object({ key: secretKeySchema }).strict(), z.object({ deleted: z.boolean() })),
  /**
   * Parse and validate off the UI thread, in a Node worker. Progress arrives as
   * `documents:progress` events with the same job id; `documents:cancel` stops the job.
   */
  'documents:validate': channel(
    z
      .object({
        jobId: jobIdSchema,
        source: z.union([z.object({ text: z.string() }).strict(), z.object({ path: pathSchema }).strict()]),
        kind: z.enum(KIND_IDS).optional(),
        packetId: z.string().max(200).optional(),
        profileId: z.string().max(100).optional(),
      })
      .strict(),
    reportSchema,
  ),
  'documents:cancel': channel(z.object({ jobId: jobIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
  ...RECOVERY_CHANNELS,
  ...SEND_CHANNELS,
  ...HELPDESK_CHANNELS,
  ...PROFILE_CHANNELS,
} satisfies Record<ChannelName, ChannelSpec>;

/** Every event the host may push. */
export const EVENTS = {
  'documents:progress': z.object({ jobId: jobIdSchema, fraction: z.number().min(0).max(1) }),
  'files:openRequested': z.object({ paths: z.array(z.string()) }),
  'menu:command': z.object({ command: menuCommandSchema, path: z.string().optional() }),
  /** Progress of a running `portal:send`, matched by its run id. */
  'portal:progress': z.object({ runId: runIdSchema, progress: sendProgressSchema }),
  /** Progress of a running `batch:run`, with the grouped counts so far. */
  ...HELPDESK_EVENTS,
} satisfies Record<EventName, z.ZodType>;

// Compile-time check that the contract has exactly the channels and events named in channels.ts.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractMatchesNames: Exact<keyof typeof CONTRACT, ChannelName> = true;
const eventsMatchNames: Exact<keyof typeof EVENTS, EventName> = true;
void contractMatchesNames;
void eventsMatchNames;

type Contract = typeof CONTRACT;

/** What a caller passes on a channel (before defaults are applied). */
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
/** What a handler receives (after zod parsing and defaults). */
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
/** The value of a successful call. */
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;
/** The payload of an event. */
export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>;
