/**
 * Splitting a batch into requests. The portal accepted both one record per call and batches
 * (dossier.md §6 "progress batching": [OC] one step per call, [TD] 10 per call); the chunk size
 * is the environment's setting.
 */

/**
 * Splits `records` into consecutive chunks of at most `size` items, keeping order.
 * An empty input gives no chunk. `size` must be a positive integer.
 */
export function chunk<T>(records: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < records.length; i += size) out.push(records.slice(i, i + size));
  return out;
}
