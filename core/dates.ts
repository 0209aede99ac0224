/**
 * Partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD', negative years allowed) as the knowledge base
 * stores them. Precision lives in the string, so a year-only birth date is never read as
 * 1 January: comparisons work on ranges (a year spans its first to its last day) and ages come
 * out as "59 or 60" when the day is not known.
 */
import type { PartialDate } from './types';

export type Precision = 'year' | 'month' | 'day';

const PARTIAL_RE = /^(-?\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// ISO date-time as pages write it (schema.org datePublished, article:published_time).
const DATETIME_RE = /^(-?\d{4,6}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

interface Parts { y: number; m?: number; d?: number }

function split(date: PartialDate): Parts | null {
  const m = PARTIAL_RE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? undefined : Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  if (mo !== undefined && (mo < 1 || mo > 12)) return null;
  if (d !== undefined && (d < 1 || d > daysInMonth(y, mo!))) return null;
  return { y, m: mo, d };
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True for a well-formed partial date with a real month and day ('2021-02-30' is not). */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && split(value) !== null;
}

/**
 * Reads a date as sources and pages write it: a partial date, or an ISO date-time (the time is
 * dropped, the date is taken as written, not shifted to UTC). Returns null for anything else.
 */
export function parsePartialDate(raw: string | null | undefined): PartialDate | null {
  if (!raw) return null;
  const s = raw.trim();
  if (isPartialDate(s)) return s;
  const dt = DATETIME_RE.exec(s);
  if (dt && isPartialDate(dt[1])) return dt[1];
  return null;
}

export function precisionOf(date: PartialDate): Precision {
  const p = split(date);
  if (!p) throw new Error(`Not a partial date: ${date}`);
  return p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
}

export function yearOf(date: PartialDate): number {
  const p = split(date);
  if (!p) throw new Error(`Not a partial date: ${date}`);
  return p.y;
}

// Keeps day keys positive for BC years, so integer division splits them back cleanly.
const YEAR_OFFSET = 1_000_000;

/** Day number (comparable integer) of the first and last day a partial date may mean. */
function bounds(date: PartialDate): [number, number] {
  const p = split(date);
  if (!p) throw new Error(`Not a partial date: ${date}`);
  const key = (y: number, m: number, d: number) => (y + YEAR_OFFSET) * 10000 + m * 100 + d;
  if (p.d !== undefined) return [key(p.y, p.m!, p.d), key(p.y, p.m!, p.d)];
  if (p.m !== undefined) return [key(p.y, p.m, 1), key(p.y, p.m, daysInMonth(p.y, p.m))];
  return [key(p.y, 1, 1), key(p.y, 12, 31)];
}

/**
 * Compares at the precision both dates share: -1 if a is surely before b, 1 if surely after,
 * 0 when they overlap ('2021-08' vs '2021-08-22', '1953' vs '1953-09-02').
 */
export function compareDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  if (a1 < b0) return -1;
  if (a0 > b1) return 1;
  return 0;
}

/** a is surely before b. */
export const isBefore = (a: PartialDate, b: PartialDate) => compareDates(a, b) < 0;
/** a is surely after b. */
export const isAfter = (a: PartialDate, b: PartialDate) => compareDates(a, b) > 0;
/** a is at or before b, as far as the precision tells (overlap counts). */
export const isOnOrBefore = (a: PartialDate, b: PartialDate) => compareDates(a, b) <= 0;

/** Sort key: earliest day a partial date may mean. */
export function dateSortKey(date: PartialDate): number {
  return bounds(date)[0];
}

function completedYears(from: [number, number, number], to: [number, number, number]): number {
  let years = to[0] - from[0];
  if (to[1] < from[1] || (to[1] === from[1] && to[2] < from[2])) years--;
  return years;
}

function asTriple(key: number): [number, number, number] {
  const yk = Math.trunc(key / 10000);
  const rest = key - yk * 10000;
  return [yk - YEAR_OFFSET, Math.trunc(rest / 100), rest % 100];
}

/**
 * Age in whole years at a date: [youngest, oldest] it can be given both precisions.
 * [32, 32] when both are day-precise; [59, 60] for born '1961' on '2021-08-22'.
 * Null when `at` is before the birth.
 */
export function ageRange(born: PartialDate, at: PartialDate): [number, number] | null {
  if (isBefore(at, born)) return null;
  const [b0, b1] = bounds(born);
  const [t0, t1] = bounds(at);
  const min = Math.max(0, completedYears(asTriple(b1), asTriple(t0)));
  const max = Math.max(0, completedYears(asTriple(b0), asTriple(t1)));
  return [min, max];
}

/** The exact age at a date, or undefined when the precision leaves it open. */
export function ageAt(born: PartialDate, at: PartialDate): number | undefined {
  const r = ageRange(born, at);
  return r && r[0] === r[1] ? r[0] : undefined;
}

/** "32", or "59 or 60" when the precision allows two ages (null if not born yet). */
export function formatAge(born: PartialDate, at: PartialDate): string | null {
  // A birth year BC in round hundreds ("-2600" for Khufu) is a scholar's estimate: no age from it.
  if (/^-\d+$/.test(born) && Number(born) % 100 === 0) return null;
  const r = ageRange(born, at);
  if (!r) return null;
  if (r[0] === r[1]) return String(r[0]);
  if (r[1] - r[0] === 1) return `${r[0]} or ${r[1]}`;
  return `${r[0]}–${r[1]}`;
}

/** Whole years from a to b (by earliest days), negative when b is before a. */
export function yearsBetween(a: PartialDate, b: PartialDate): number {
  const ka = bounds(a)[0];
  const kb = bounds(b)[0];
  return kb >= ka ? completedYears(asTriple(ka), asTriple(kb)) : -completedYears(asTriple(kb), asTriple(ka));
}

/** Days from a to b (earliest days), for "ended days/months ago" decisions. */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  const toUtc = (key: number) => {
    const [y, m, d] = asTriple(key);
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return t.getTime();
  };
  return Math.round((toUtc(bounds(b)[0]) - toUtc(bounds(a)[0])) / 86_400_000);
}

function formatYear(y: number): string {
  return y < 0 ? `${-y} BC` : String(y);
}

/**
 * "10 July 1989", "July 1989", "1953", "44 BC"; with `month: 'short'` (the card's dates beside a
 * line, the popup) "10 Jul 1989". Precision is kept: a year stays a year. Returns the input
 * unchanged if it is not a partial date.
 */
export function formatDate(date: PartialDate, month: 'long' | 'short' = 'long'): string {
  const p = split(date);
  if (!p) return date;
  const names = month === 'long' ? MONTHS : MONTHS_SHORT;
  if (p.d !== undefined) return `${p.d} ${names[p.m! - 1]} ${formatYear(p.y)}`;
  if (p.m !== undefined) return `${names[p.m - 1]} ${formatYear(p.y)}`;
  return formatYear(p.y);
}

/** "1992–1996", "2021", "February 2020 – August 2021" (spaced dash when either side has a month). */
export function formatRange(start?: PartialDate, end?: PartialDate): string {
  if (start && end) {
    if (precisionOf(start) === 'year' && precisionOf(end) === 'year') {
      return start === end ? formatYear(yearOf(start)) : `${formatYear(yearOf(start))}–${formatYear(yearOf(end))}`;
    }
    return `${formatDate(start)} – ${formatDate(end)}`;
  }
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return '';
}

/**
 * Today as 'YYYY-MM-DD' in the local calendar: the one definition of "today". Local, not UTC,
 * because a card says "as of today" to a reader, whose today is the date on their own clock (late
 * evening in New York is already tomorrow in UTC); the data build's "not in the future" check
 * uses it too, where a day either way changes nothing.
 */
export function todayPartial(now: Date = new Date()): PartialDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
