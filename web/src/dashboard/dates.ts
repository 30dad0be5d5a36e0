/** Calendar dates in the person's own time zone, as YYYY-MM-DD (what the API takes), and in words. */

export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function today(): string {
  return isoDate(new Date());
}

function parse(iso: string): Date | null {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? new Date(y, m - 1, d) : null;
}

/** "2024-05-03" → "3 May 2024" (falls back to the ISO text). */
export function readableDate(iso: string): string {
  const date = parse(iso);
  return date ? date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : iso;
}

/** "2024-05-03" → "3 May": for chart axes. */
export function shortDate(iso: string): string {
  const date = parse(iso);
  return date ? date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }) : iso;
}

/** "today", "yesterday", "on 3 May" (this year), else "on 3 May 2024". */
export function relativeDate(iso: string, now: string = today()): string {
  const date = parse(iso);
  const base = parse(now);
  if (!date || !base) return iso;
  const days = Math.round((base.getTime() - date.getTime()) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  const sameYear = date.getFullYear() === base.getFullYear();
  return `on ${date.toLocaleDateString('en-GB', sameYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/** The date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const date = parse(iso);
  if (!date) return iso;
  date.setDate(date.getDate() + days);
  return isoDate(date);
}
