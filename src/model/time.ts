// The subpath, not the package: the package's index pulls in all of date-fns (about 1,500 modules,
// seconds of start-up for `npm run check`). Formatting back uses Intl (zone-format.ts).
import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import { abbreviationIn, clockIn, dateIn, offsetIn, rangeParts } from './zone-format.ts';

/**
 * Time is data: content stores wall-clock dates and times with an IANA zone; this module turns
 * them into instants once, and formats instants back for a zone. Nothing else does date math.
 */

/** "Anywhere on Earth": the last place on Earth where a day ends, UTC-12. */
export const AOE = 'AoE';
/** The IANA zone that AoE deadlines are computed in. */
export const AOE_ZONE = 'Etc/GMT+12';

/** `true` for a `YYYY-MM-DD` string naming a day that exists (no 2020-02-30). */
export function isRealDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The zone a name denotes, as the runtime spells it ("Europe/Lisbon" for "europe/lisbon"), or
 * undefined for a name it does not know. Legacy abbreviations that happen to be zone ids (`CET`,
 * `EST`) are refused: they say nothing about summer time and organizers mean a place.
 */
export function timeZoneNamed(value: string): string | undefined {
	if (value.toUpperCase() !== 'UTC' && !value.includes('/')) return undefined;
	try {
		return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
}

/**
 * `true` for an IANA zone name the runtime knows, such as `Europe/Brussels` or `UTC`, spelt as
 * the runtime spells it: pages, calendars and schedule.json print the name as written.
 * An alias (`US/Pacific`) stands as written.
 */
export function isValidTimeZone(value: string): boolean {
	const named = timeZoneNamed(value);
	return named !== undefined && (named === value || named.toLowerCase() !== value.toLowerCase());
}

/** The IANA zone to compute with: AoE becomes UTC-12, anything else is passed through. */
export function computeZone(zone: string): string {
	return zone === AOE ? AOE_ZONE : zone;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Every date from `start` to `end`, both included. */
export function datesBetween(start: string, end: string): string[] {
	const dates: string[] = [];
	for (let date = start; date <= end; date = addDays(date, 1)) dates.push(date);
	return dates;
}

/** A wall-clock time that a zone skips (spring forward) or repeats (fall back). */
export type WallClockProblem = 'gap' | 'ambiguous';

/**
 * Converts a wall-clock date and time in a zone to the instant it names.
 * Returns the problem instead when the time does not exist in that zone (a DST gap).
 * @see https://datatracker.ietf.org/doc/html/rfc5545#section-3.3.5 (local time with zone reference)
 */
export function wallClockToInstant(date: string, time: string, zone: string): Date | 'gap' {
	const key = `${date}T${time} ${zone}`;
	let known = instants.get(key);
	if (known === undefined) {
		const iana = computeZone(zone);
		const local = `${date}T${time}:00`;
		const offset = steadyOffset(date, iana);
		if (offset !== undefined) known = Date.parse(`${local}Z`) - offset;
		else {
			const instant = fromZonedTime(local, iana);
			known = `${wallClockIn(instant, iana)}:${String(instant.getUTCSeconds()).padStart(2, '0')}` === local ? instant.getTime() : 'gap';
		}
		// Content repeats the same few days, times and zones: remember them (a dev server reloads often).
		if (instants.size >= 100_000) instants.clear();
		instants.set(key, known);
	}
	return known === 'gap' ? 'gap' : new Date(known);
}

const instants = new Map<string, number | 'gap'>();

const HOUR = 3_600_000;

/**
 * A zone's UTC offset in milliseconds throughout a day, or `undefined` if it may change that day
 * (or the day is before 1980, when some zones' offsets had seconds): then the caller converts
 * the slow way. Most days of most zones have one offset, and one subtraction is exact for them.
 */
function steadyOffset(date: string, iana: string): number | undefined {
	const key = `${date} ${iana}`;
	if (!steadyOffsets.has(key)) {
		const midnight = Date.parse(`${date}T00:00:00Z`);
		// Every instant of that day in any zone lies between 14 h before and 38 h after its UTC midnight.
		const offsets = [midnight - 14 * HOUR, midnight + 12 * HOUR, midnight + 38 * HOUR].map((time) => offsetMilliseconds(new Date(time), iana));
		const steady = date >= '1980' && offsets.every((offset) => offset === offsets[0]);
		if (steadyOffsets.size >= 100_000) steadyOffsets.clear();
		steadyOffsets.set(key, steady ? offsets[0] : undefined);
	}
	return steadyOffsets.get(key);
}

const steadyOffsets = new Map<string, number | undefined>();

function offsetMilliseconds(instant: Date, iana: string): number {
	const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(offsetIn(instant, iana))!;
	return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/** `YYYY-MM-DDTHH:mm`: the wall clock of an instant in an IANA zone. */
const wallClockIn = (instant: Date, iana: string) => `${dateIn(instant, iana)}T${clockIn(instant, iana)}`;

/** `true` when a wall-clock time happens twice in the zone (the hour repeated in autumn). */
export function isAmbiguousWallClock(date: string, time: string, zone: string): boolean {
	const instant = wallClockToInstant(date, time, zone);
	if (instant === 'gap') return false;
	const iana = computeZone(zone);
	const local = wallClockIn(instant, iana);
	return [-1, 1].some((hours) => {
		const other = new Date(instant.getTime() + hours * 3_600_000);
		return wallClockIn(other, iana) === local;
	});
}

/** The UTC offset of a zone at an instant, as `+02:00`. */
export function offsetAt(instant: Date, zone: string): string {
	return offsetIn(instant, computeZone(zone));
}

/**
 * The abbreviation of a zone that is right for the instant: CEST for Ghent in September,
 * CET in January, PDT/PST on either side of the US change; `AoE` for anywhere-on-earth.
 */
export function zoneAbbreviation(instant: Date, zone: string): string {
	return zone === AOE ? AOE : abbreviationIn(instant, zone);
}

/** `HH:mm` of an instant in a zone. */
export function formatClock(instant: Date, zone: string): string {
	return clockIn(instant, computeZone(zone));
}

/** `YYYY-MM-DD` of an instant in a zone: the calendar day a viewer there sees. */
export function calendarDate(instant: Date, zone: string): string {
	return dateIn(instant, computeZone(zone));
}

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A long date for people, e.g. "Monday, 14 September 2020". */
export function formatLongDate(date: string): string {
	return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** A short date for people, e.g. "14 Sep 2020". */
export function formatShortDate(date: string): string {
	return shortDate.format(new Date(`${date}T00:00:00Z`));
}

/** A date range for people: "14 Sep 2020", "14–18 Sep 2020", "30 Sep – 2 Oct 2020". */
export function formatDateRange(start: string, end: string): string {
	if (start === end) return formatShortDate(start);
	const [sy, sm] = start.split('-');
	const [ey, em] = end.split('-');
	const endText = formatShortDate(end);
	if (sy === ey && sm === em) return `${Number(start.slice(8))}–${endText}`;
	const startText = formatShortDate(start);
	return sy === ey ? `${startText.slice(0, -5)} – ${endText}` : `${startText} – ${endText}`;
}

/** ISO 8601 with the zone's offset, e.g. `2020-09-14T09:10:00+02:00`: local time and instant both kept. */
export function toZonedIso(instant: Date, zone: string): string {
	return `${calendarDate(instant, zone)}T${formatClock(instant, zone)}:00${offsetAt(instant, zone)}`;
}

/** The instant as an RFC 3339 UTC string without milliseconds, for `<time datetime>`. */
export function toUtcIso(instant: Date): string {
	return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A time range for people, in one zone: "09:10–09:55 CEST". The abbreviation is the one in force
 * at the start; a range that ends on another day says so ("23:00–00:30 (+1) CEST").
 */
export function formatTimeRange(start: Date, end: Date, zone: string): string {
	const parts = timeRangeParts(start, end, zone);
	return `${parts.start}–${parts.end}${parts.endDaySuffix} ${parts.abbreviation}`;
}

/** The pieces of a time range in a zone, for markup that wraps each clock in `<time>`. */
export function timeRangeParts(start: Date, end: Date, zone: string) {
	return rangeParts(start, end, computeZone(zone));
}
