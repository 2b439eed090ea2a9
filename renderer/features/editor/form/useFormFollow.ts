/**
 * The form follows the shared selection (issue 4 §2): a path chosen elsewhere opens its record
 * (or the envelope), scrolls to its field and marks it; chosen in the issues panel, the field
 * also takes the focus, ready to be corrected. The form's own focus selects with source 'form',
 * except when the form moved the focus itself.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import type { Selection } from '../model/types';

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), [role="combobox"], button:not([disabled])';

/** The element that shows a path: the path's own, or its nearest shown ancestor's. */
export function fieldElement(root: HTMLElement, path: readonly PathSegment[]): HTMLElement | undefined {
  for (let n = path.length; n >= 0; n--) {
    const key = formatPath(path.slice(0, n));
    // A quoted attribute value needs only its quotes and backslashes escaped.
    const el = root.querySelector<HTMLElement>(`[data-field="${key.replace(/["\\]/g, '\\$&')}"]`);
    if (el) return el;
  }
  return undefined;
}

/** Scrolls `box` (only it: never the page around it) so that `el` is in its middle. */
function centerWithin(box: HTMLElement, el: HTMLElement): void {
  const outer = box.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  const above = inner.top - outer.top;
  box.scrollTop += above - Math.max(0, (outer.height - inner.height) / 2);
}

export interface FormFollow {
  /** Brings a path into view (after `open` made it rendered); focuses it when asked. */
  reveal(path: readonly PathSegment[], focus: boolean): void;
  /** Whether the focus is being moved by the form itself (not by the user). */
  moving(): boolean;
}

/**
 * Follows `selection`; `open(path)` makes the path rendered (chooses its record, opens the
 * envelope). Runs after every render until the pending path's element exists.
 */
export function useFormFollow(root: RefObject<HTMLElement | null>, selection: Selection | undefined, open: (path: readonly PathSegment[]) => void): FormFollow {
  const pending = useRef<{ path: readonly PathSegment[]; focus: boolean }>(undefined);
  const programmatic = useRef(false);
  const [, setTick] = useState(0);

  const reveal = useCallback(
    (path: readonly PathSegment[], focus: boolean) => {
      open(path);
      pending.current = { path, focus };
      setTick((t) => t + 1);
    },
    [open],
  );

  useEffect(() => {
    if (selection && selection.source !== 'form') reveal(selection.path, selection.source === 'issues');
    // A new selection only, not every render.
  }, [selection?.seq]);

  useEffect(() => {
    const want = pending.current;
    const box = root.current;
    if (!want || !box) return;
    const el = fieldElement(box, want.path);
    if (!el) return;
    // An ancestor stands in for a path with no field of its own; a record still loading is waited for.
    const waiting = el.getAttribute('data-field') !== formatPath(want.path) && el.hasAttribute('data-loading');
    box.querySelectorAll('[data-selected="true"]').forEach((e) => e.removeAttribute('data-selected'));
    el.setAttribute('data-selected', 'true');
    centerWithin(box, el);
    if (want.focus) {
      const target = el.matches(FOCUSABLE) ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
      programmatic.current = true;
      try {
        target.focus({ preventScroll: true });
      } finally {
        programmatic.current = false;
      }
    }
    if (!waiting) pending.current = undefined;
  });

  return { reveal, moving: () => programmatic.current };
}
