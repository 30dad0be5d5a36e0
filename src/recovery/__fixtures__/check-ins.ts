/** Builds check-ins for tests: a calm default day, changed only where a test says. */
import type { CheckInInput, CheckInRedFlags } from '../../schemas/checkin.js';
import { CHECKIN_RED_FLAG_IDS } from '../../schemas/checkin.js';

/** Every red-flag question answered "no". */
export const NO_RED_FLAGS: CheckInRedFlags = Object.fromEntries(CHECKIN_RED_FLAG_IDS.map((id) => [id, false]));

export function checkIn(date: string, over: Partial<CheckInInput> = {}): CheckInInput {
  return {
    date,
    pain: { knee: 3, leg: 0, back: 2 },
    numbnessTingling: false,
    swelling: 'none',
    weakness: false,
    walkingTolerance: '15_to_30_min',
    sleep: 7,
    exercisesDone: ['bridges'],
    medicinesTaken: [],
    redFlags: { ...NO_RED_FLAGS },
    ...over,
  };
}

/** `YYYY-MM-DD` for `n` days after 2024-01-01 (tests only: the pure code never needs it). */
export function dayAfterNewYear2024(n: number): string {
  const d = new Date(Date.UTC(2024, 0, 1 + n));
  return d.toISOString().slice(0, 10);
}

/** One check-in a day, from day `from` to day `to` since 2024-01-01, each shaped by `f(day)`. */
export function dailyCheckIns(from: number, to: number, f: (day: number) => Partial<CheckInInput> = () => ({})): CheckInInput[] {
  const out: CheckInInput[] = [];
  for (let d = from; d <= to; d++) out.push(checkIn(dayAfterNewYear2024(d), f(d)));
  return out;
}
