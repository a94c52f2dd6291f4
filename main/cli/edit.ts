/** `presskit edit`: its options, read into the changes releases.update takes. */
import type { ReleaseChanges } from '../api/contract';
import { isTimeZone } from '../core/dates';
import { embargoAt } from '../core/embargo';
import { suggestedZone } from '../core/embargo-zones';
import { UserError } from '../core/errors';
import { Language } from '../core/language';
import { IsoDate, IsoInstant, ReleaseStatus, type Embargo, type Release } from '../core/schema';
import type { Parsed } from './args';

export const EDIT_OPTIONS = {
  /** Which version of the reference to edit, as everywhere else; `--set-lang` changes a version's language. */
  lang: { type: 'string' },
  'set-lang': { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  place: { type: 'string' },
  status: { type: 'string' },
  embargo: { type: 'string' },
  zone: { type: 'string' },
  'no-embargo': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/**
 * --embargo in --zone; without --zone, in the zone of the embargo it replaces, else the one the place or
 * event suggests, else the office's. Null for --no-embargo, undefined when neither is given.
 */
async function embargoOption(values: Parsed['values'], release: Release, place: string, officeZone: () => Promise<string>): Promise<Embargo | null | undefined> {
  const { embargo, zone } = values;
  if (embargo !== undefined && values['no-embargo']) throw new UserError('edit.both', undefined, 'usage');
  if (zone !== undefined && embargo === undefined) throw new UserError('edit.zoneAlone', undefined, 'usage');
  if (typeof zone === 'string' && !isTimeZone(zone)) throw new UserError('edit.zone', { value: zone }, 'usage');
  if (values['no-embargo']) return null;
  if (typeof embargo !== 'string') return undefined;
  // A real day and time of day, written as the option asks (the schema's instant, its offset put aside).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u.test(embargo) || !IsoInstant.safeParse(`${embargo}:00Z`).success) throw new UserError('edit.embargo', { value: embargo }, 'usage');
  const inZone = typeof zone === 'string' ? zone : (release.embargo?.zone ?? suggestedZone(place, release.event) ?? (await officeZone()));
  const at = embargoAt(embargo, inZone);
  if (!at) throw new UserError('edit.skippedHour', { value: embargo.replace('T', ' '), zone: inZone }, 'usage');
  return at;
}

/** The changes `presskit edit` asks for, each checked here so that a typo is a usage error. */
export async function editChanges(values: Parsed['values'], release: Release, officeZone: () => Promise<string>): Promise<ReleaseChanges> {
  const changes: ReleaseChanges = {};
  if (values['set-lang'] !== undefined) {
    const language = Language.safeParse(values['set-lang']);
    if (!language.success) throw new UserError('cli.setLang', { value: String(values['set-lang']) }, 'usage');
    changes.language = language.data;
  }
  if (values.date !== undefined) {
    const date = IsoDate.safeParse(values.date);
    if (!date.success) throw new UserError('edit.date', { value: String(values.date) }, 'usage');
    changes.date = date.data;
  }
  if (values.status !== undefined) {
    const status = ReleaseStatus.safeParse(values.status);
    if (!status.success) throw new UserError('edit.status', { value: String(values.status) }, 'usage');
    changes.status = status.data;
  }
  if (typeof values.title === 'string') changes.title = values.title;
  if (typeof values.place === 'string') changes.place = values.place;
  const embargo = await embargoOption(values, release, changes.place ?? release.place, officeZone);
  if (embargo !== undefined) changes.embargo = embargo;
  if (Object.keys(changes).length === 0) throw new UserError('edit.nothing', undefined, 'usage');
  return changes;
}
