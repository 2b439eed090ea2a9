import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunk } from './chunk';

describe('chunk', () => {
  it('splits 25 records by 10 into 10, 10 and 5, in order', () => {
    const records = Array.from({ length: 25 }, (_, i) => i);
    const parts = chunk(records, 10);
    expect(parts.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(parts[2]).toEqual([20, 21, 22, 23, 24]);
  });

  it('gives no chunk for no record', () => {
    expect(chunk([], 3)).toEqual([]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], 2.5)).toThrow(RangeError);
  });

  it('keeps every record exactly once, in order, with full chunks but the last', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (records, size) => {
        const parts = chunk(records, size);
        expect(parts.flat()).toEqual(records);
        parts.forEach((p, i) => {
          if (i < parts.length - 1) expect(p.length).toBe(size);
          else expect(p.length).toBeGreaterThan(0);
          expect(p.length).toBeLessThanOrEqual(size);
        });
      }),
    );
  });
});
