/**
 * The handlers of the `recovery:*` channels over the recovery store; without a store (a host
 * that keeps no data folder) each says so.
 */
import { TRANSPORT_ERRORS } from '../../../shared/ipc/result';
import { ServiceError } from '../errors';
import type { Handlers } from '../ipc/dispatch';
import type { RecoveryStore } from './recoveryStore';

type RecoveryHandlers = Pick<Handlers, 'recovery:save' | 'recovery:list' | 'recovery:take' | 'recovery:discard' | 'recovery:leave'>;

/** The recovery handlers. */
export function createRecoveryHandlers(store: RecoveryStore | undefined): RecoveryHandlers {
  const need = () => {
    if (!store) {
      throw new ServiceError(TRANSPORT_ERRORS.unsupported, {
        vi: 'Lưu bản khôi phục không có trong chế độ này của ứng dụng.',
        en: 'Recovery autosave is not available in this mode of the app.',
      });
    }
    return store;
  };
  return {
    'recovery:save': (req) => need().save(req),
    'recovery:list': async (req) => ({ entries: await need().list(req.session) }),
    'recovery:take': async (req) => {
      const copy = await need().take(req.id);
      if (!copy) {
        throw new ServiceError('recovery.missing', {
          vi: 'Bản khôi phục này không còn trong thư mục dữ liệu (có thể đã được khôi phục hoặc xoá ở cửa sổ khác).',
          en: 'This recovery copy is no longer in the data folder (it may have been restored or removed in another window).',
        });
      }
      return copy;
    },
    'recovery:discard': async (req) => ({ discarded: await need().discard(req.id) }),
    'recovery:leave': async (req) => ({ left: await need().leave(req.session) }),
  };
}
