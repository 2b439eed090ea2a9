/**
 * The renderer's root: settings (language, theme) from the host, the theme, the dictionary, the shell.
 */
import { CssBaseline, ThemeProvider, useMediaQuery } from '@mui/material';
import { useMemo } from 'react';
import { useBridge } from './bridge/BridgeContext';
import { AppShell } from './features/shell/AppShell';
import { useSettings } from './features/settings/useSettings';
import { I18nProvider } from './i18n/I18nProvider';
import { createAppTheme } from './theme/theme';

/** The application. */
export function App() {
  const bridge = useBridge();
  const settings = useSettings(bridge);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const { theme: themeSetting, language } = settings.settings;
  const dark = themeSetting === 'dark' || (themeSetting === 'system' && systemDark);
  const theme = useMemo(() => createAppTheme(dark ? 'dark' : 'light'), [dark]);

  // The page's lang attribute follows the setting, for screen readers and hyphenation.
  document.documentElement.lang = language;

  return (
    <I18nProvider lang={language}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <div data-app-state={settings.ready ? 'ready' : 'loading'} style={{ display: 'contents' }}>
          <AppShell settings={settings} dark={dark} onToggleTheme={() => settings.update({ theme: dark ? 'light' : 'dark' })} />
        </div>
      </ThemeProvider>
    </I18nProvider>
  );
}
