/**
 * The embargo form's time zones: those of the space agencies' sites first, by city, then every other zone
 * the system knows, by name. The embargo's wall time is read in the zone chosen (main/core/embargo).
 */
import { NAMED_ZONES } from '../../../main/core/embargo-zones';

export interface ZoneChoices {
  named: { zone: string; label: string }[];
  others: string[];
}

/** The zones to offer, `current` among them even when the system does not list it (an old alias). */
export function zoneChoices(language: 'fr' | 'en', current: string | undefined): ZoneChoices {
  const named = [...NAMED_ZONES.map(({ zone, city }) => ({ zone, label: `${city[language]} (${zone})` })), { zone: 'UTC', label: 'UTC' }];
  const taken = new Set(named.map(({ zone }) => zone));
  const listed = Intl.supportedValuesOf('timeZone');
  const others = [...new Set([...listed, ...(current ? [current] : [])])].filter((zone) => !taken.has(zone)).sort();
  return { named, others };
}
