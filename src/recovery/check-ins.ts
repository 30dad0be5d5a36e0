/**
 * Puts check-ins in the order every analysis reads them: up to `today` only, one per date
 * (the last one given wins, as a later edit would), oldest first, each with its day since onset.
 */
import type { CheckInInput } from '../schemas/checkin.js';
import { dayNumber } from './dates.js';

export interface DatedCheckIn {
  readonly date: string;
  /** Days since onset (the onset date is day 0). */
  readonly day: number;
  readonly data: CheckInInput;
}

export function orderCheckIns(onsetDate: string, checkIns: readonly CheckInInput[], today?: string): DatedCheckIn[] {
  const onset = dayNumber(onsetDate);
  const last = today === undefined ? Infinity : dayNumber(today);
  const byDate = new Map<string, DatedCheckIn>();
  for (const data of checkIns) {
    const n = dayNumber(data.date);
    if (n > last) continue;
    byDate.set(data.date, { date: data.date, day: n - onset, data });
  }
  return [...byDate.values()].sort((a, b) => a.day - b.day || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
