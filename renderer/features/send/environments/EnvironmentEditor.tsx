/**
 * The editor of one environment (issue 5 §1): name, colour, test or production, the adapter's
 * address and paths, dstcode, madonvi, account, password, timeouts. Checked with the service's
 * own schema before saving (environmentForm.ts); the password goes to the host's secret store and
 * never comes back — the form only knows whether one is stored.
 */
import { Alert, Box, Button, Checkbox, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { fill, type Localized } from '../../../../shared/i18n/localized';
import { environmentName, environmentNames, type EnvironmentSummary } from '../../../../shared/portal/environment';
import { localize, type MessageKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import { formOf, readForm, type EnvironmentForm, type FormField } from '../environmentForm';
import { ConfirmButton } from '../ConfirmButton';
import { useSend } from '../SendContext';

const FIELDS: FormField[] = [
  'name',
  'colour',
  'kind',
  'baseUrl',
  'loginPath',
  'dataPath',
  'sharePath',
  'dstcode',
  'madonvi',
  'username',
  'password',
  'loginTimeoutSeconds',
  'requestTimeoutSeconds',
  'chunkSize',
  'sessionMinutes',
];

const labelKey = (f: FormField) => `send.env.field.${f}` as MessageKey;

/** Colours a new environment starts with: blue for test, red for production (unless the user picked one). */
const KIND_COLOUR = { test: '#1565c0', production: '#c62828' } as const;

/** Switching the kind also switches the colour while it is still the other kind's default. */
function kindChange(form: EnvironmentForm, kind: EnvironmentForm['kind']): Partial<EnvironmentForm> {
  const untouched = form.colour.toLowerCase() === KIND_COLOUR[form.kind];
  return untouched ? { kind, colour: KIND_COLOUR[kind] } : { kind };
}

export interface EnvironmentEditorProps {
  env?: EnvironmentSummary;
  isCurrent: boolean;
  onSaved(env: EnvironmentSummary): void;
  onDeleted(): void;
}

/** The form of one environment (a new one when `env` is absent). */
export function EnvironmentEditor({ env, isCurrent, onSaved, onDeleted }: EnvironmentEditorProps) {
  const { t, tl, lang } = useI18n();
  const send = useSend();
  const [form, setForm] = useState<EnvironmentForm>(() => formOf(env, lang));
  const [errors, setErrors] = useState<Partial<Record<FormField, Localized>>>({});
  const [problem, setProblem] = useState<Localized>();
  const [saving, setSaving] = useState(false);
  const labels = useMemo(() => Object.fromEntries(FIELDS.map((f) => [f, localize(labelKey(f))])) as Record<FormField, Localized>, []);

  const set = (patch: Partial<EnvironmentForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = async () => {
    const read = readForm(form, labels);
    if (!read.ok) {
      setErrors(read.errors);
      setProblem(localize('send.env.invalid'));
      return;
    }
    setErrors({});
    setProblem(undefined);
    setSaving(true);
    const r = await send.bridge.environments.save({ environment: read.environment, ...(read.password !== undefined ? { password: read.password } : {}) });
    setSaving(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setForm(formOf(r.value.environment, lang));
    send.notify({ severity: 'success', message: fill(localize('send.env.saved'), { name: environmentNames(r.value.environment) }) });
    await send.reload();
    onSaved(r.value.environment);
  };

  const remove = async () => {
    if (!env) return;
    const r = await send.bridge.environments.delete({ id: env.id });
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    await send.reload();
    onDeleted();
  };

  const text = (field: Exclude<FormField, 'kind' | 'colour'>, extra: { help?: MessageKey; type?: string; autoComplete?: string } = {}) => (
    <TextField
      size="small"
      fullWidth
      label={t(labelKey(field))}
      value={form[field]}
      type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete ?? 'off'}
      error={Boolean(errors[field])}
      helperText={errors[field] ? tl(errors[field]) : extra.help ? t(extra.help) : undefined}
      onChange={(e) => set({ [field]: e.target.value } as Partial<EnvironmentForm>)}
    />
  );

  const kept = send.secretStorage?.mode === 'memory' ? ` ${t('send.env.passwordMemoryOnly')}` : '';
  const passwordHelp = (form.hasPassword ? t('send.env.passwordStored') : form.builtIn ? t('send.env.passwordSandbox') : t('send.env.passwordNone')) + kept;
  return (
    <Box component="form" aria-label={env ? environmentName(env, lang) : t('send.env.new')} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
      <Stack spacing={2}>
        {text('name')}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            type="color"
            label={t('send.env.field.colour')}
            value={/^#[0-9a-fA-F]{6}$/.test(form.colour) ? form.colour : '#000000'}
            onChange={(e) => set({ colour: e.target.value })}
            error={Boolean(errors.colour)}
            helperText={errors.colour ? tl(errors.colour) : form.colour}
            sx={{ width: 160 }}
          />
          <FormControl>
            <FormLabel id="env-kind">{t('send.env.field.kind')}</FormLabel>
            <RadioGroup row aria-labelledby="env-kind" value={form.kind} onChange={(e) => set(kindChange(form, e.target.value as EnvironmentForm['kind']))}>
              <FormControlLabel value="test" control={<Radio size="small" />} label={t('send.kind.testLong')} />
              <FormControlLabel value="production" control={<Radio size="small" color="error" />} label={t('send.kind.productionLong')} />
            </RadioGroup>
          </FormControl>
        </Stack>
        {form.kind === 'production' && <Alert severity="warning">{t('send.env.productionNote')}</Alert>}
        {text('baseUrl', { help: 'send.env.help.baseUrl', type: 'url' })}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {text('loginPath')}
          {text('dataPath')}
        </Stack>
        {text('sharePath', { help: 'send.env.help.sharePath' })}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {text('dstcode')}
          {text('madonvi', { help: 'send.env.help.madonvi' })}
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {text('username', { autoComplete: 'username' })}
          <Box sx={{ width: '100%' }}>
            <TextField
              size="small"
              fullWidth
              type="password"
              autoComplete="new-password"
              label={t('send.env.field.password')}
              value={form.password}
              disabled={form.removePassword}
              helperText={passwordHelp}
              onChange={(e) => set({ password: e.target.value })}
            />
            {form.hasPassword && !form.builtIn && (
              <FormControlLabel control={<Checkbox size="small" checked={form.removePassword} onChange={(e) => set({ removePassword: e.target.checked, password: '' })} />} label={t('send.env.removePassword')} />
            )}
          </Box>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {text('loginTimeoutSeconds', { type: 'number' })}
          {text('requestTimeoutSeconds', { type: 'number' })}
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {text('chunkSize', { type: 'number' })}
          {text('sessionMinutes', { type: 'number' })}
        </Stack>
        {problem && (
          <Alert severity="error" role="alert">
            {tl(problem)}
          </Alert>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={saving}>
            {t('send.env.save')}
          </Button>
          {env && !isCurrent && (
            <Button onClick={() => void send.select(env.id)}>{t('send.env.use')}</Button>
          )}
          {env && !env.builtIn && (
            <ConfirmButton label={t('send.env.delete')} question={t('send.env.deleteConfirm', { name: environmentName(env, lang) })} confirmLabel={t('send.env.delete')} onConfirm={() => void remove()} />
          )}
        </Stack>
        {env && (
          <Typography variant="caption" color="text.secondary">
            {t('send.env.id', { id: env.id })}
          </Typography>
        )}
      </Stack>
    </Box>
  );
}
