/**
 * "Show every record where field = value" across the batch (issue 6 §2, PEERS.md "filter on this
 * field and value"): a field (wire name or dotted path, letter case ignored), a value picked from
 * the values the batch holds or typed, then the matching records — each opens in the editor.
 */
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Autocomplete, Box, Button, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { RecordHit } from '../../../shared/ipc/helpdesk';
import type { Localized } from '../../../shared/i18n/localized';
import { useI18n } from '../../i18n/I18nProvider';
import { MONO } from '../../theme/fonts';

/** Fields a helpdesk officer looks records up by (any other can be typed). */
export const COMMON_FIELDS = ['MaHoSo', 'madonvi', 'Madonvi', 'MaTTHC', 'TrangThaiHoSo', 'SoGiayToChuHoSo', 'DinhDanhCHS.SoDinhDanh', 'MaLinhVuc', 'KenhThucHien', 'service'];

export interface RecordSearchProps {
  bridge: Bridge;
  batchId: string;
  onOpen(hit: RecordHit): void;
}

/** The search. */
export function RecordSearch({ bridge, batchId, onOpen }: RecordSearchProps) {
  const { t, tl } = useI18n();
  const [field, setField] = useState('MaHoSo');
  const [value, setValue] = useState('');
  const [values, setValues] = useState<{ value: string; count: number }[]>([]);
  const [result, setResult] = useState<{ field: string; value: string; total: number; hits: RecordHit[] }>();
  const [error, setError] = useState<Localized>();

  // The values the batch holds for the field, most frequent first, as suggestions.
  // Asked once typing pauses, not on every key.
  useEffect(() => {
    if (!field.trim()) return setValues([]);
    let live = true;
    const timer = setTimeout(() => void bridge.batch.values({ batchId, field: field.trim(), limit: 100 }).then((r) => live && setValues(r.ok ? r.value.values : [])), 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bridge, batchId, field]);

  const find = async () => {
    setError(undefined);
    const r = await bridge.batch.records({ batchId, field: field.trim(), value, limit: 500 });
    if (!r.ok) return setError(r.error.message);
    setResult({ field: field.trim(), value, total: r.value.total, hits: r.value.hits });
  };

  return (
    <Box component="section" aria-labelledby="search-title" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography id="search-title" variant="subtitle2">
        {t('triage.searchTitle')}
      </Typography>
      <Box
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
        sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
      >
        <Autocomplete
          freeSolo
          options={COMMON_FIELDS}
          value={field}
          onInputChange={(_e, v) => setField(v)}
          sx={{ flex: '1 1 220px' }}
          renderInput={(params) => <TextField {...params} size="small" label={t('triage.field')} />}
        />
        <Autocomplete
          freeSolo
          options={values.map((v) => v.value)}
          getOptionLabel={(o) => o}
          renderOption={(props, option) => {
            const { key, ...rest } = props as typeof props & { key: string };
            return (
              <li key={key} {...rest}>
                <Box component="span" sx={{ flex: 1, fontFamily: MONO, fontSize: 13 }}>
                  {option}
                </Box>
                <Box component="span" sx={{ color: 'text.secondary', fontSize: 12, ml: 1 }}>
                  {values.find((v) => v.value === option)?.count}
                </Box>
              </li>
            );
          }}
          inputValue={value}
          onInputChange={(_e, v) => setValue(v)}
          sx={{ flex: '1 1 260px' }}
          renderInput={(params) => <TextField {...params} size="small" label={t('triage.value')} />}
        />
        <Button type="submit" variant="outlined" disabled={!field.trim()}>
          {t('triage.find')}
        </Button>
      </Box>
      {error && <Alert severity="error">{tl(error)}</Alert>}
      {result &&
        (result.total === 0 ? (
          <Typography variant="body2" color="text.secondary" role="status">
            {t('triage.foundNone', { field: result.field, value: result.value })}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" role="status" id="search-result">
              {t('triage.found', { count: result.total })}
            </Typography>
            <List dense aria-labelledby="search-result" sx={{ maxHeight: 300, overflow: 'auto' }}>
              {result.hits.map((h) => (
                <ListItem
                  key={`${h.fileId}:${h.record}`}
                  divider
                  secondaryAction={
                    <Button size="small" startIcon={<OpenInNewIcon />} aria-label={`${t('hd.openRecord')}: ${h.name} ${h.path}`} onClick={() => onOpen(h)}>
                      {t('hd.open')}
                    </Button>
                  }
                  sx={{ pr: 12 }}
                >
                  <ListItemText
                    primary={
                      <Box component="span" sx={{ fontFamily: MONO, fontSize: 12 }}>
                        {h.name} · {h.path || '""'}
                        {h.maHoSo ? ` · ${h.maHoSo}` : ''}
                      </Box>
                    }
                    secondary={`${h.agency ? `${h.agency} · ` : ''}${t('triage.count')}: ${h.issues}`}
                  />
                </ListItem>
              ))}
            </List>
          </>
        ))}
    </Box>
  );
}
