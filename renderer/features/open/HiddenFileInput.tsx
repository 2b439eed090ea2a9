/**
 * The browser's file picker for one file, behind a button of our own: a hidden file input that
 * the button clicks through `ref`. Its value is cleared after each choice, so choosing the same
 * file again (after fixing it on disk) is noticed.
 */
import type { Ref } from 'react';

export interface HiddenFileInputProps {
  ref: Ref<HTMLInputElement>;
  /** File types offered first (`.json,application/json`). */
  accept: string;
  /** The accessible name: the action of the button that opens it. */
  label: string;
  onFile(file: File): void;
}

/** The hidden input. */
export function HiddenFileInput({ ref, accept, label, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
