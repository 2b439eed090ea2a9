/**
 * The profile channels (issue 2 "user profile files … so the helpdesk can follow a changed portal
 * guide without a new release"; issue 4 "the profile in use is always visible and can be
 * switched"): the hosts keep user profiles in the data folder (`profiles/*.json`), and the
 * renderer lists, imports, removes and exports them. A listed user profile carries its file's
 * text, which the renderer hands to its worker so the profile is applied exactly as the CLI does.
 */
import { z } from 'zod';
import type { ChannelSpec } from './contract';
import { localizedSchema } from './resultSchema';

/** A profile id (docs/PROFILES.md: letters, digits, `.`, `_`, `-`). */
export const profileIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);

/** Built-in or user profile, as the picker lists it. */
export const profileEntrySchema = z.object({
  id: z.string(),
  version: z.string(),
  name: localizedSchema,
  description: localizedSchema.optional(),
  /** The built-in profile it extends (itself for a built-in). */
  base: z.enum(['strict', 'lenient']),
  builtIn: z.boolean(),
  /** Where it comes from: `built-in`, or the name of the file it was imported from. */
  source: z.string(),
  /** When it was imported (ISO 8601; user profiles). */
  importedAt: z.string().optional(),
  /** The profile file's text (user profiles), checked again wherever it is applied. */
  definition: z.string().optional(),
});
export type ProfileEntry = z.infer<typeof profileEntrySchema>;

/** One problem of a profile file, located in it (shared/validate/profileFile.ts ProfileProblem). */
export const profileProblemSchema = z.object({
  path: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  message: localizedSchema,
});

/** Something the list has to tell: a stored profile file that was corrupt and has been set aside. */
export const profileNoticeSchema = z.object({ message: localizedSchema, setAsidePath: z.string().optional() });

/** Where a profile file to import comes from. */
const importSourceSchema = z.union([
  /** The browser's file picker: the file's name and text. */
  z.object({ name: z.string().min(1).max(255), text: z.string().max(1_000_000) }).strict(),
  /** A path the host may read (the web host's workspace, a path Electron was given). */
  z.object({ path: z.string().min(1).max(4096) }).strict(),
  /** The host's native open dialog (Electron). */
  z.object({ dialog: z.literal(true) }).strict(),
]);

function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response };
}

/** The channels, spread into the contract (contract.ts). */
export const PROFILE_CHANNELS = {
  /** The built-in profiles first, then the user's; stored files found corrupt are set aside and reported. */
  'profiles:list': channel(z.object({}).strict(), z.object({ profiles: z.array(profileEntrySchema), notices: z.array(profileNoticeSchema) })),
  /**
   * Checks a profile file with the core's loadProfile and stores it; a broken file is refused
   * (`profiles.invalid`, its located problems in `details.problems`) and nothing is stored.
   * `null` when the native dialog was cancelled.
   */
  'profiles:import': channel(
    importSourceSchema,
    z
      .object({
        profile: profileEntrySchema,
        /** The version of the profile with that id that this one replaced. */
        replaced: z.string().optional(),
        /** Entries the core ignores (e.g. rule codes this release does not know). */
        warnings: z.array(profileProblemSchema),
      })
      .nullable(),
  ),
  /** Removes a user profile (the built-ins cannot be removed). */
  'profiles:remove': channel(z.object({ id: profileIdSchema }).strict(), z.object({ removed: z.boolean() })),
  /** The file of a user profile as stored, to save elsewhere. */
  'profiles:export': channel(z.object({ id: profileIdSchema }).strict(), z.object({ name: z.string(), text: z.string() })),
};
