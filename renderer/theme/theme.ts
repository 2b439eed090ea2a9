/**
 * The MUI theme, light and dark. Components take colours only from here (STYLE.md practice 9).
 */
import { createTheme, type Theme } from '@mui/material/styles';

/** The app's theme for a mode. */
export function createAppTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#0b5cad' : '#7fb4f0' },
      secondary: { main: mode === 'light' ? '#b3261e' : '#f2b8b5' },
      background: mode === 'light' ? { default: '#f4f6f9', paper: '#ffffff' } : { default: '#121417', paper: '#1b1e23' },
    },
    shape: { borderRadius: 6 },
    typography: {
      // System fonts with full Vietnamese coverage; nothing is fetched from the network.
      fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
      fontSize: 14,
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
      // Tabs and toggle buttons as worded too (MUI writes them in capitals: "THEO ĐƠN VỊ", "TIẾNG VIỆT").
      MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTooltip: { defaultProps: { arrow: true } },
    },
  });
}
