import { longDate } from '../../../main/core/dates';
import type { Kit } from '../../../main/core/schema';

/** The event's dates in the kit's language: "27 août 2019 – 1 septembre 2019", one date, or `none`. */
export function eventDates(kit: Pick<Kit, 'event' | 'language'>, none: string): string {
  const format = (date: string) => {
    try {
      return longDate(date, kit.language);
    } catch {
      return date;
    }
  };
  const { startDate, endDate } = kit.event;
  if (startDate && endDate && startDate !== endDate) return `${format(startDate)} – ${format(endDate)}`;
  const one = startDate ?? endDate;
  return one ? format(one) : none;
}
