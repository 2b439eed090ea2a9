/**
 * The handlers of the send feature's channels (`portal:*`, `environments:*`, `history:*`) over
 * the send services. A host without them (a test of the shell) answers every such channel with
 * a clear "not available" error instead of failing to start.
 */
import { t } from '../../../shared/i18n/localized';
import { TRANSPORT_ERRORS } from '../../../shared/ipc/result';
import type { SEND_CHANNELS } from '../../../shared/ipc/sendChannels';
import { ServiceError } from '../errors';
import type { Handlers } from '../ipc/dispatch';
import { historyExportDocument } from './historyExport';
import type { SendServices } from './sendServices';

type SendChannel = keyof typeof SEND_CHANNELS;
export type SendHandlers = Pick<Handlers, SendChannel>;

/** `2025-03-01T10:20:30.000Z` → `20250301-102030` for file names. */
function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}

/** The handler table of the send feature; every channel refuses clearly when `s` is absent. */
export function createPortalHandlers(s: SendServices | undefined): SendHandlers {
  if (!s) return unavailableHandlers();
  const list = async () => {
    const environments = await s.environments.list();
    return {
      environments,
      currentId: await s.current.get(),
      secretStorage: s.secrets.status(),
      notices: [...s.environments.takeNotices(), ...s.current.takeNotices()],
    };
  };
  return {
    'portal:preview': (req) => s.portal.preview(req),
    'portal:send': (req, context) => {
      const { runId, ...request } = req;
      return s.portal.send(request, { runId, onProgress: (progress) => context.emit('portal:progress', { runId, progress }) });
    },
    'portal:cancel': (req) => ({ cancelled: s.portal.cancel(req.runId) }),
    'portal:sandboxStatus': () => s.sandbox.status(),
    'portal:sandboxStart': (req) => s.sandbox.start(req.faults !== undefined ? { faults: req.faults } : {}),
    'portal:sandboxStop': () => s.sandbox.stop(),

    'environments:list': list,
    'environments:save': async (req) => {
      const input = req.environment as Parameters<typeof s.environments.save>[0];
      const environment = await s.environments.save(input, req.password);
      // Address, account or password may have changed: the next send logs in afresh.
      s.portal.forgetSession(environment.id);
      return { environment };
    },
    'environments:delete': async (req) => {
      await s.environments.remove(req.id);
      s.portal.forgetSession(req.id);
      return list();
    },
    'environments:select': async (req) => {
      await s.current.set(req.id);
      return { currentId: req.id };
    },
    'environments:export': async (req) => ({
      text: await s.environments.exportJson(req.ids),
      suggestedName: `qcvn120-moi-truong-${fileStamp(new Date().toISOString())}.json`,
    }),
    'environments:import': async (req) => s.environments.importJson(req.text, req.source ?? 'import'),
    'environments:secretStorage': () => s.secrets.status(),
    'environments:useSecretFile': (req) => s.secrets.usePassphraseFile(req.passphrase),
    'environments:useMemorySecrets': () => s.secrets.useMemory(),

    'history:search': async (req) => {
      const page = await s.history.search(req);
      return { ...page, notices: s.history.takeNotices() };
    },
    'history:get': (req) => s.history.get(req.id),
    'history:reopen': async (req) => {
      const entry = await s.history.get(req.id);
      const { suggestedName } = await s.history.reopen(req.id);
      if (req.part === 'request') return { text: `${JSON.stringify(entry.request, null, 2)}\n`, suggestedName };
      if (!entry.reply) {
        throw new ServiceError(
          'history.no-reply',
          t('Lần gửi này không có trả lời của Cổng (lỗi kết nối hoặc đã huỷ), nên không có gì để mở.', 'This send has no reply from the portal (a transport fault or a cancel), so there is nothing to open.'),
        );
      }
      return { text: `${JSON.stringify(entry.reply, null, 2)}\n`, suggestedName: suggestedName.replace(/\.json$/, '-tra-loi.json') };
    },
    'history:settings': () => s.history.getSettings(),
    'history:configure': (req) => s.history.configure(req.patch),
    'history:export': async (req) => {
      const page = await s.history.search({ ...(req.query ?? {}), limit: 100_000, offset: 0 });
      const exportedAt = new Date().toISOString();
      const doc = historyExportDocument(page.entries, { masked: req.masked, exportedAt, appVersion: s.appVersion });
      return {
        text: `${JSON.stringify(doc, null, 2)}\n`,
        suggestedName: `qcvn120-lich-su-gui-${fileStamp(exportedAt)}${req.masked ? '-da-che' : ''}.json`,
        count: page.entries.length,
      };
    },
    'history:clear': async () => {
      await s.history.clear();
      return { cleared: true as const };
    },
  };
}

function unavailableHandlers(): SendHandlers {
  const refuse = () => {
    throw new ServiceError(
      TRANSPORT_ERRORS.unsupported,
      t('Chức năng gửi gói tin không có trong chế độ này của ứng dụng.', 'Sending packets is not available in this mode of the app.'),
    );
  };
  return {
    'portal:preview': refuse,
    'portal:send': refuse,
    'portal:cancel': refuse,
    'portal:sandboxStatus': refuse,
    'portal:sandboxStart': refuse,
    'portal:sandboxStop': refuse,
    'environments:list': refuse,
    'environments:save': refuse,
    'environments:delete': refuse,
    'environments:select': refuse,
    'environments:export': refuse,
    'environments:import': refuse,
    'environments:secretStorage': refuse,
    'environments:useSecretFile': refuse,
    'environments:useMemorySecrets': refuse,
    'history:search': refuse,
    'history:get': refuse,
    'history:reopen': refuse,
    'history:settings': refuse,
    'history:configure': refuse,
    'history:export': refuse,
    'history:clear': refuse,
  };
}
