/**
 * The monospace font of the whole interface (JSON, paths, codes, code points): JetBrains Mono,
 * bundled with the app (@fontsource, OFL-1.1; its "vietnamese" subset carries every precomposed
 * Vietnamese letter), so "Hồ sơ" is drawn from one font on every machine. The system fonts after it
 * only serve while it loads; Linux's DejaVu Sans Mono, for one, has no U+1ED3 "ồ" and draws its
 * marks from another font, misplaced. Nothing is fetched: the files are in the renderer's bundle.
 */
import '@fontsource/jetbrains-mono/400.css';
import '@fontsource/jetbrains-mono/700.css';

/** The CSS font-family of monospace text. */
export const MONO = '"JetBrains Mono", Consolas, "DejaVu Sans Mono", Menlo, monospace';
