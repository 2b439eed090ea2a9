/**
 * For the Tree and Form views' tests: a real editor store (real validator, real timers) with one
 * document open, rendered inside the providers the app gives a view; and the layout jsdom lacks
 * (a scroll box with a height, so the virtual list renders rows). Test-only.
 */
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { ThemeProvider } from '@mui/material/styles';
import { render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { validateText } from '../../../../shared/index';
import type { Lang } from '../../../../shared/i18n/localized';
import { profileById } from '../../document/profiles';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { createAppTheme } from '../../../theme/theme';
import { EditorProvider, useActiveDocument } from '../model/EditorContext';
import { EditorStore } from '../model/editorStore';
import type { EditorViewProps } from '../views';

/** A store with `text` open (validated once, then again after every change, 300 ms later as in the app). */
export function storeWith(text: string, name = 'case.json'): EditorStore {
  const store = new EditorStore({
    validate: async (t, profileId) => validateText(t, { profile: profileById(profileId) }),
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  store.open({ info: { name, origin: 'browser', size: text.length, encoding: 'utf-8', bom: false, lineEnding: 'lf' }, text, report: validateText(text) });
  return store;
}

function Active({ View }: { View: ComponentType<EditorViewProps> }) {
  const doc = useActiveDocument();
  return doc ? <View doc={doc} /> : null;
}

/**
 * MUI's styles, computed but never put into the page: jsdom checks every element against every
 * style rule whenever a test asks for a role by name (whether each node is displayed), and with
 * MUI's ~650 rules one such query cost 2 s after each change. Nothing these tests assert depends
 * on a style rule — closed parts of the views are not rendered at all, and what is hidden from
 * assistive technology is hidden by aria-hidden, which stays.
 */
const unstyled = createCache({ key: 'test' });
unstyled.insert = () => undefined;

/** Renders a view of the store's active document in a language. */
export function renderView(store: EditorStore, View: ComponentType<EditorViewProps>, lang: Lang = 'vi', extra?: ReactNode) {
  const ui = (l: Lang) => (
    <CacheProvider value={unstyled}>
    <ThemeProvider theme={createAppTheme('light')}>
      <I18nProvider lang={l}>
        <EditorProvider store={store}>
          <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}>
            <Active View={View} />
          </div>
          {extra}
        </EditorProvider>
      </I18nProvider>
    </ThemeProvider>
    </CacheProvider>
  );
  const result = render(ui(lang));
  return { ...result, setLang: (l: Lang) => result.rerender(ui(l)) };
}

/** Gives jsdom's elements a size and scrolling, so the virtual list shows its first rows. */
export function installLayout(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 });
  // The scroll box is as tall as what it holds (the virtual list's inner box says its height).
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const inner = this.firstElementChild as HTMLElement | null;
      return Math.max(600, Number.parseFloat(inner?.style.height ?? '') || 0);
    },
  });
  // Scrolling moves scrollTop and tells the listeners, as a browser does.
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    const top = typeof options === 'object' ? options.top : undefined;
    if (top !== undefined) {
      this.scrollTop = top;
      // Browsers tell scroll listeners later, never inside the call.
      setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
    }
  } as HTMLElement['scrollTo'];
  HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
}
