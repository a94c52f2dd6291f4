import type { TFunction } from 'i18next';
import { provisionalNumber } from '../../../main/core/reference';

/** A reference as the studio shows it: a provisional one says so, in the interface's language. */
export function shownReference(ref: string, t: TFunction): string {
  const number = provisionalNumber(ref);
  return number === null ? ref : t('list.provisional', { number });
}
