/**
 * Formatting an instant for a time zone with nothing but Intl, so the build and the browser's
 * time-zone switch run the very same code and cannot disagree. No dependencies: this module is
 * shipped to the browser.
 */

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
	let value = cache.get(key);
	if (!value) cache.set(key, (value = make()));
	return value;
}

/** Every part of an instant's formatting, from one call. */
function parts(format: Intl.DateTimeFormat, instant: Date): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
	const result: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
	for (const { type, value } of format.formatToParts(instant)) result[type] = value;
	return result;
}

// A build formats the same few thousand instants on many pages (talk, session, programme,
// person, calendars), and Intl is slow: each result is computed once.
const results = new Map<string, string>();
function remembered(kind: string, instant: Date, zone: string, make: () => string): string {
	const key = `${kind}:${zone}:${instant.getTime()}`;
	let value = results.get(key);
	if (value === undefined) {
		if (results.size >= 100_000) results.clear();
		results.set(key, (value = make()));
	}
	return value;
}

/** `HH:mm` on the 24-hour clock in a zone. */
export function clockIn(instant: Date, zone: string): string {
	return remembered('clock', instant, zone, () => {
		const { hour, minute } = parts(formatter(`clock:${zone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })), instant);
		return `${hour}:${minute}`;
	});
}

/** `YYYY-MM-DD`: the calendar day in a zone. */
export function dateIn(instant: Date, zone: string): string {
	return remembered('date', instant, zone, () => {
		const { year, month, day } = parts(formatter(`date:${zone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })), instant);
		return `${year}-${month}-${day}`;
	});
}

/** A short day for notes such as "Tue 15 Sept". */
export function shortDayIn(instant: Date, zone: string): string {
	return formatter(`day:${zone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' })).format(instant).replace(',', '');
}

/** A day with its year, for lists across events: "Mon 14 Sept 2020". */
export function dayIn(instant: Date, zone: string): string {
	return formatter(`day-year:${zone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })).format(instant).replace(',', '');
}

/** The UTC offset of a zone at an instant, as `+02:00`. */
export function offsetIn(instant: Date, zone: string): string {
	return remembered('offset', instant, zone, () => {
		const name = parts(formatter(`offset:${zone}`, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })), instant).timeZoneName ?? '';
		const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
		return match ? `${match[1]}${match[2]}:${match[3] ?? '00'}` : '+00:00';
	});
}

// Intl names a zone's abbreviation only in locales where it is customary (CEST in en-GB,
// PDT in en-US, IST in en-IN, AEST in en-AU, JST in ja-JP); elsewhere it says "GMT+2".
// Ask each in turn.
const abbreviationLocales = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-NZ', 'en-SG', 'en-ZA', 'en-HK', 'ja-JP'];

/**
 * The abbreviation right for the instant: CEST for Ghent in September, CET in January, PDT/PST on
 * either side of the US change. Zones without a customary abbreviation get their offset
 * (`UTC+05:45`).
 */
export function abbreviationIn(instant: Date, zone: string): string {
	if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
	return remembered('abbreviation', instant, zone, () => {
		for (const locale of abbreviationLocales) {
			const format = formatter(`abbr:${locale}:${zone}`, () => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }));
			const name = parts(format, instant).timeZoneName;
			if (name && !/^(GMT|UTC)/.test(name)) return name;
		}
		const offset = offsetIn(instant, zone);
		return offset === '+00:00' ? 'UTC' : `UTC${offset}`;
	});
}

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The pieces of a time range in one zone; the abbreviation is the one in force at the start. */
export function rangeParts(start: Date, end: Date, zone: string) {
	const dayShift = daysBetween(dateIn(start, zone), dateIn(end, zone));
	return {
		start: clockIn(start, zone),
		end: clockIn(end, zone),
		endDaySuffix: dayShift > 0 ? ` (+${dayShift})` : '',
		abbreviation: abbreviationIn(start, zone),
	};
}
