/**
 * The monospace font stack of the helpdesk screens: fonts that carry every precomposed Vietnamese
 * letter (Consolas on Windows, DejaVu Sans Mono on Linux, Menlo on macOS). The browser's default
 * monospace may not, and then "Hằng" is drawn from two fonts with its marks misplaced.
 */
export const MONO = 'Consolas, "DejaVu Sans Mono", "Noto Sans Mono", Menlo, monospace';
