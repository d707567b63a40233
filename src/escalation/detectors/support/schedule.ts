// How often something runs, in minutes, from the ways pipelines write it: Airflow presets
// (`@hourly`), cron expressions, `timedelta(minutes=5)` arguments, and duration strings such as
// Snowflake's `target_lag = '5 minutes'`. Cron is approximated by the shortest gap between two
// runs on an active day, which is what matters for "near real time": `*/5 9-17 * * 1-5` runs
// every 5 minutes during office hours, so it counts as 5.

/** At or below this interval (minutes) a schedule counts as near real time. */
export const NEAR_REAL_TIME_MINUTES = 15;

const DAY = 24 * 60;

const PRESETS: Readonly<Record<string, number>> = {
  '@continuous': 0,
  '@hourly': 60,
  '@daily': DAY,
  '@midnight': DAY,
  '@weekly': 7 * DAY,
  '@monthly': 30 * DAY,
  '@quarterly': 91 * DAY,
  '@yearly': 365 * DAY,
  '@annually': 365 * DAY,
};

/** Interval of a schedule: minutes, `manual` (None, @once), or undefined when unknown. */
export type Interval = { kind: 'every'; minutes: number } | { kind: 'manual' } | undefined;

export function intervalOfScheduleText(text: string): Interval {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '@once' || trimmed === 'none') return { kind: 'manual' };
  const preset = PRESETS[trimmed];
  if (preset !== undefined) return { kind: 'every', minutes: preset };
  const cron = cronIntervalMinutes(trimmed);
  if (cron !== undefined) return { kind: 'every', minutes: cron };
  const duration = durationMinutes(trimmed);
  return duration !== undefined ? { kind: 'every', minutes: duration } : undefined;
}

function expandField(field: string, low: number, high: number): number[] | undefined {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step <= 0) return undefined;
    let start: number;
    let end: number;
    if (range === '*') {
      start = low;
      end = high;
    } else if (/^\d+-\d+$/.test(range)) {
      [start, end] = range.split('-').map(Number) as [number, number];
    } else if (/^\d+$/.test(range)) {
      start = Number(range);
      end = stepText === undefined ? start : high;
    } else {
      return undefined;
    }
    if (start < low || end > high || start > end) return undefined;
    for (let value = start; value <= end; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

/** The shortest circular gap between sorted values in a cycle of `size`. */
function shortestGap(values: readonly number[], size: number): number {
  if (values.length <= 1) return size;
  let gap = size;
  for (let i = 1; i < values.length; i++) gap = Math.min(gap, (values[i] as number) - (values[i - 1] as number));
  return Math.min(gap, size - (values[values.length - 1] as number) + (values[0] as number));
}

/** Shortest interval between two runs of a five-field cron expression, in minutes. */
export function cronIntervalMinutes(expression: string): number | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [minuteField, hourField, dayField, monthField, weekdayField] = fields as [string, string, string, string, string];
  const minutes = expandField(minuteField, 0, 59);
  const hours = expandField(hourField, 0, 23);
  if (!minutes || !hours || minutes.length === 0 || hours.length === 0) return undefined;
  if (!/^[\d*,/-]+$/.test(dayField) || !/^[\d*,/-]+$/.test(monthField) || !/^[\d*,/A-Za-z-]+$/.test(weekdayField)) return undefined;
  if (minutes.length > 1) {
    // Several runs within an hour: their gap, or the wrap to the next active hour.
    const withinHour = shortestGap(minutes, 60);
    return hours.length === 24 ? withinHour : Math.min(withinHour, 60 * shortestGap(hours, 24));
  }
  if (hours.length > 1) return 60 * shortestGap(hours, 24);
  // Once a day at most: days of the week or month thin it out further.
  const weekdays = weekdayField === '*' ? 7 : (expandField(weekdayField, 0, 7)?.length ?? 1);
  const monthDays = dayField === '*' ? 30 : (expandField(dayField, 1, 31)?.length ?? 1);
  if (weekdayField !== '*') return Math.round((7 / Math.max(1, weekdays)) * DAY);
  if (dayField !== '*') return Math.round((30 / Math.max(1, monthDays)) * DAY);
  return DAY;
}

const UNIT_MINUTES: Readonly<Record<string, number>> = {
  s: 1 / 60,
  sec: 1 / 60,
  secs: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: DAY,
  day: DAY,
  days: DAY,
  w: 7 * DAY,
  week: 7 * DAY,
  weeks: 7 * DAY,
};

/** `5 minutes`, `1 hour`, `30m`, `2h`: a duration in minutes. */
export function durationMinutes(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const unit = UNIT_MINUTES[match[2] as string];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}

const TIMEDELTA_UNITS: Readonly<Record<string, number>> = {
  weeks: 7 * DAY,
  days: DAY,
  hours: 60,
  minutes: 1,
  seconds: 1 / 60,
  milliseconds: 1 / 60000,
  microseconds: 1 / 60000000,
};

/** `timedelta(hours=1, minutes=30)` keyword arguments (numbers only) in minutes. */
export function timedeltaMinutes(keywords: Readonly<Record<string, number>>, positionalDays?: number): number | undefined {
  let total = (positionalDays ?? 0) * DAY;
  let any = positionalDays !== undefined;
  for (const [key, value] of Object.entries(keywords)) {
    const unit = TIMEDELTA_UNITS[key];
    if (unit === undefined) return undefined;
    total += value * unit;
    any = true;
  }
  return any ? total : undefined;
}

/** A human rendering of an interval. */
export function describeInterval(interval: Interval): string {
  if (!interval) return 'unknown';
  if (interval.kind === 'manual') return 'manual only';
  const minutes = interval.minutes;
  if (minutes === 0) return 'continuous';
  if (minutes < 1) return `every ${Math.round(minutes * 60)} seconds`;
  if (minutes < 60) return `every ${round(minutes)} minute${minutes === 1 ? '' : 's'}`;
  if (minutes < DAY) return `every ${round(minutes / 60)} hour${minutes === 60 ? '' : 's'}`;
  return `every ${round(minutes / DAY)} day${minutes === DAY ? '' : 's'}`;
}

const round = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));

export function isNearRealTime(interval: Interval): boolean {
  return interval?.kind === 'every' && interval.minutes <= NEAR_REAL_TIME_MINUTES;
}
