/**
 * A value that follows another after it stopped changing for `ms` (the filter box: one tree
 * rebuild per pause in typing, not per key, on a batch of thousands of records).
 */
import { useEffect, useState } from 'react';

/** `value`, `ms` after its last change (at once when cleared). */
export function useDebounced<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (value === shown) return;
    // Clearing the filter should show everything at once.
    if (value === '' || ms <= 0) {
      setShown(value);
      return;
    }
    const timer = setTimeout(() => setShown(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, shown]);
  return shown;
}
