/**
 * The user's settings: what the renderer may read and change through `settings:*`, and what the
 * settings service persists. Parsed with zod on every load (STYLE.md practice 6).
 */
import { z } from 'zod';

/** Languages of the interface: Vietnamese first, English complete. */
export const languageSchema = z.enum(['vi', 'en']);

/** `system` follows the operating system's light/dark preference. */
export const themeSchema = z.enum(['light', 'dark', 'system']);

/** The last window geometry (Electron only); validated before use, since it comes from disk. */
export const windowStateSchema = z.object({
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  x: z.number().int().min(-50000).max(50000).optional(),
  y: z.number().int().min(-50000).max(50000).optional(),
  maximized: z.boolean(),
});

/** Every setting, all required: what the app works with after defaults are applied. */
export const settingsSchema = z.object({
  language: languageSchema,
  theme: themeSchema,
  /** Id of the validation profile (`strict`, `lenient`, or a user profile). */
  profileId: z.string().min(1).max(100),
  /** How many files the recent list keeps. */
  recentLimit: z.number().int().min(0).max(50),
  window: windowStateSchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A change of some settings (`settings:update`). */
export const settingsPatchSchema = settingsSchema.partial().strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  language: 'vi',
  theme: 'system',
  profileId: 'strict',
  recentLimit: 10,
};
