/** `presskit kit create|edit`: the event and print options, read into what kits.create and kits.update take. */
import type { Input } from '../api/contract';
import { UserError } from '../core/errors';
import { IsoDate, type Kit, type KitItem, type KitRepeat } from '../core/schema';
import type { Parsed } from './args';

/** The options both `kit create` and `kit edit` take. */
export const KIT_OPTIONS = {
  event: { type: 'string' },
  place: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'repeat-contacts': { type: 'boolean' },
  'no-repeat-contacts': { type: 'boolean' },
  'repeat-boilerplate': { type: 'boolean' },
  'no-repeat-boilerplate': { type: 'boolean' },
  photos: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** `kit edit` only: a new name, dates taken away, the photos page taken away. */
export const KIT_EDIT_OPTIONS = { ...KIT_OPTIONS, name: { type: 'string' }, 'no-dates': { type: 'boolean' }, 'no-photos': { type: 'boolean' } } as const;

type KitEvent = Kit['event'];

function day(values: Parsed['values'], option: 'from' | 'to'): string | undefined {
  const value = values[option];
  if (value === undefined) return undefined;
  const date = IsoDate.safeParse(value);
  if (!date.success) throw new UserError('cli.kitDate', { option: `--${option}`, value: String(value) }, 'usage');
  return date.data;
}

/** A `--x` / `--no-x` pair: true, false, or undefined when neither is given. */
function toggle(values: Parsed['values'], name: string): boolean | undefined {
  const yes = values[name] === true;
  const no = values[`no-${name}`] === true;
  if (yes && no) throw new UserError('cli.kitBoth', { yes: `--${name}`, no: `--no-${name}` }, 'usage');
  return yes ? true : no ? false : undefined;
}

/** What --event, --place, --from and --to say of the event (a single day when only one date is given). */
export function eventOption(values: Parsed['values']): Partial<KitEvent> {
  const from = day(values, 'from');
  const to = day(values, 'to');
  return {
    ...(typeof values.event === 'string' ? { name: values.event } : {}),
    ...(typeof values.place === 'string' ? { place: values.place } : {}),
    ...(from !== undefined || to !== undefined ? { startDate: from ?? to ?? null, endDate: to ?? from ?? null } : {}),
  };
}

/** What --repeat-contacts and --repeat-boilerplate (or their --no- forms) say. */
export function repeatOption(values: Parsed['values']): Partial<KitRepeat> {
  const contacts = toggle(values, 'repeat-contacts');
  const boilerplate = toggle(values, 'repeat-boilerplate');
  return { ...(contacts === undefined ? {} : { contacts }), ...(boilerplate === undefined ? {} : { boilerplate }) };
}

/** The items with a photos page, before the contacts page when there is one; unchanged when it has one. */
export function withPhotosPage(items: readonly KitItem[]): KitItem[] {
  if (items.some((item) => item.type === 'photos')) return [...items];
  const at = items.findIndex((item) => item.type === 'contacts');
  const page: KitItem = { type: 'photos', title: '' };
  return at < 0 ? [...items, page] : [...items.slice(0, at), page, ...items.slice(at)];
}

/** The changes `presskit kit edit` asks for, each checked here so that a typo is a usage error. */
export function kitChanges(values: Parsed['values'], kit: Kit): Input<'kits.update'>['changes'] {
  const event = eventOption(values);
  if (values['no-dates'] === true) {
    if (event.startDate !== undefined) throw new UserError('cli.kitBoth', { yes: '--from/--to', no: '--no-dates' }, 'usage');
    Object.assign(event, { startDate: null, endDate: null });
  }
  const repeat = repeatOption(values);
  const photos = toggle(values, 'photos');
  const changes: Input<'kits.update'>['changes'] = {
    ...(typeof values.name === 'string' ? { name: values.name } : {}),
    ...(Object.keys(event).length > 0 ? { event: { ...kit.event, ...event } } : {}),
    ...(Object.keys(repeat).length > 0 ? { repeat: { ...kit.repeat, ...repeat } } : {}),
    ...(photos === true ? { items: withPhotosPage(kit.items) } : photos === false ? { items: kit.items.filter((item) => item.type !== 'photos') } : {}),
  };
  if (Object.keys(changes).length === 0) throw new UserError('cli.kitNothing', undefined, 'usage');
  return changes;
}
