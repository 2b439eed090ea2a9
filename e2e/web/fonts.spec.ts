/**
 * Vietnamese in monospace text (JSON view, paths, codes): the app ships its monospace font, so a
 * precomposed letter such as "ộ" (U+1ED9) is drawn from one font on every machine — Linux's
 * DejaVu Sans Mono has no glyph for it and drew its marks from another font, misplaced. Nothing
 * is fetched from the network: the font comes from the app's own origin.
 */
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';

test('the JSON view draws Vietnamese with the bundled monospace font, loaded from the app itself', async ({ app }) => {
  const fontRequests: string[] = [];
  app.on('request', (r) => {
    if (r.resourceType() === 'font') fontRequests.push(r.url());
  });
  const ed = new EditorPage(app);
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));
  await ed.showJson();
  await expect(ed.jsonLines).toContainText('Hoạt động xây dựng');
  // The editor's text uses the bundled family.
  const family = await ed.jsonLines.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/^"?JetBrains Mono"?,/);
  // The face whose range covers U+1ED9 "ộ" (the font's Vietnamese subset) has been loaded for it.
  await expect
    .poll(() =>
      app.evaluate(async () => {
        await document.fonts.ready;
        const covers = (range: string, cp: number) =>
          range.split(',').some((part) => {
            const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
            return cp >= parseInt(a, 16) && cp <= parseInt(b ?? a, 16);
          });
        return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'JetBrains Mono' && f.weight === '400' && covers(f.unicodeRange, 0x1ed9)).map((f) => f.status);
      }),
    )
    .toEqual(['loaded']);
  // Fonts come with the app (its own origin, or inlined in its stylesheet), never from elsewhere.
  const origin = new URL(app.url()).origin;
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(fontRequests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});
