/**
 * What each packet family contributes to the core: its description (data), its cross-field
 * rules, a complete valid template and a generator of realistic valid records.
 * One module per kind lives in `shared/spec/kinds/<kind>.ts`; `shared/spec/registry.ts` lists them.
 */
import type { Random } from '../generate/random';
import type { Rule } from '../rules/types';
import type { KindSpec } from './types';

export interface KindModule {
  spec: KindSpec;
  rules: Rule[];
  /**
   * A complete, valid document of one packet of the family (default: the first packet), as it
   * would travel on the wire (envelope included), valid in the strict profile with no errors.
   */
  template(packetId?: string): Record<string, unknown>;
  /**
   * `n` realistic, valid records of the family's main packet (Vietnamese names with diacritics,
   * real-looking codes and dates), reproducible from the random source.
   */
  generate(n: number, random: Random): Record<string, unknown>[];
}
