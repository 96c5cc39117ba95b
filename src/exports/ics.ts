import { joinNames, placeLabel } from '../model/listing.ts';
import type { Event, ImportantDate, Session, Talk } from '../model/model.ts';
import { paths } from '../model/paths.ts';
import { addDays, formatLongDate, zoneAbbreviation } from '../model/time.ts';

/**
 * iCalendar (RFC 5545) files for events, sessions and talks, written here rather than by a
 * library: the `ics` package folds lines at 75 characters, not 75 octets, so any line with
 * accents or CJK text came out too long. Times are UTC, so no VTIMEZONE is needed and every
 * client places them right; whole days are DATE values, which every client shows on those days
 * wherever it is. UIDs come from ids and DTSTAMPs from the content, so rebuilds give identical
 * files.
 * @see https://datatracker.ietf.org/doc/html/rfc5545
 */

export interface CalendarContext {
	/** Turns a site path into an absolute URL (with the deployment base). */
	url: (path: string) => string;
	/** Host name that makes UIDs unique to this site, e.g. `workshops.example.org`. */
	host: string;
}

interface Entry {
	uid: string;
	/** When the entry was last changed, as far as the content knows. */
	stamp: Date;
	/** An instant, or a `YYYY-MM-DD` day for an all-day entry. */
	start: Date | string;
	/** Exclusive: the day after the last day of an all-day entry. Left out for a moment in time. */
	end?: Date | string;
	title: string;
	description: string;
	location?: string;
	url: string;
	categories: string[];
	/** Shown but not busy time: a deadline does not keep anyone from meeting. */
	transparent?: boolean;
}

function location(event: Event): string {
	const { venue } = event;
	if (event.format === 'virtual') return venue.online ? `Online: ${venue.online}` : 'Online';
	return [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ') || placeLabel(event);
}

/** When the entry was last changed, as far as the content knows: the event's first day. */
const stamp = (event: Event) => event.start;

function talkDescription(talk: Talk, context: CalendarContext): string {
	const people = joinNames(talk.speakers.map((s) => (s.affiliation ? `${s.person.name} (${s.affiliation})` : s.person.name)));
	return [people, talk.abstractText, context.url(paths.talk(talk))].filter(Boolean).join('\n\n');
}

/** One talk with its slot (callers pass scheduled talks only). */
function talkEntry(talk: Talk & { start: Date; end: Date }, context: CalendarContext): Entry {
	return {
		uid: `${talk.event.id}.${talk.id}@${context.host}`,
		stamp: stamp(talk.event),
		start: talk.start,
		end: talk.end,
		title: `${talk.label} (${talk.event.shortTitle})`,
		description: talkDescription(talk, context),
		location: [talk.session?.room, location(talk.event)].filter(Boolean).join(', '),
		url: context.url(paths.talk(talk)),
		categories: [talk.event.shortTitle],
	};
}

/** A session as one entry, listing its talks. */
function sessionEntry(session: Session, context: CalendarContext): Entry {
	const talks = session.talks.map((talk) => {
		const names = joinNames(talk.speakers.map((s) => s.person.name));
		return `• ${talk.label}${names ? ` — ${names}` : ''}`;
	});
	const people = session.speakers.length ? joinNames(session.speakers.map((s) => s.person.name)) : '';
	return {
		uid: `${session.event.id}.session-${session.id}@${context.host}`,
		stamp: stamp(session.event),
		start: session.start,
		end: session.end,
		title: `${session.label} (${session.event.shortTitle})`,
		description: [people, ...talks, context.url(paths.session(session))].filter(Boolean).join('\n'),
		location: [session.room, location(session.event)].filter(Boolean).join(', '),
		url: context.url(paths.session(session)),
		categories: [session.event.shortTitle],
	};
}

/** An event as one all-day entry over its days, in its own zone's dates. */
function eventEntry(event: Event, context: CalendarContext): Entry {
	return {
		uid: `${event.id}@${context.host}`,
		stamp: stamp(event),
		start: event.startDate,
		end: addDays(event.endDate, 1),
		title: event.shortTitle === event.title ? event.title : `${event.shortTitle}: ${event.title}`,
		description: [event.host ? `Held with ${event.host.name}.` : '', event.aboutText ?? '', context.url(paths.event(event))].filter(Boolean).join('\n\n'),
		location: location(event),
		url: context.url(paths.event(event)),
		categories: [event.series.shortName],
	};
}

/**
 * A deadline or milestone. With a time it is the moment it passes: DTSTART without DTEND, which
 * RFC 5545 (3.6.1) makes an entry of no duration; calendar apps show it at that time of the
 * viewer's day, while a span would suggest the deadline lasts. Without a time it is an all-day
 * entry on its date, which apps show on that day: a date-only deadline is the whole day in its
 * zone. The description repeats the date as the call for papers states it (e.g. 23:59 AoE).
 */
function importantDateEntry(event: Event, item: ImportantDate, index: number, context: CalendarContext): Entry {
	const stated = `${formatLongDate(item.date)}${item.time ? `, ${item.time} ${zoneAbbreviation(item.instant, item.zone)}` : ''}`;
	const page = context.url(`${paths.event(event)}#dates`);
	return {
		uid: `${event.id}.date-${index}@${context.host}`,
		stamp: stamp(event),
		...(item.time ? { start: item.instant } : { start: item.date, end: addDays(item.date, 1) }),
		title: `${event.shortTitle}: ${item.label}`,
		description: `${item.label}: ${stated}\n\n${page}`,
		url: page,
		categories: [event.series.shortName, item.kind === 'deadline' ? 'Deadline' : 'Important date'],
		transparent: true,
	};
}

/** TEXT (3.3.11): escapes `\ ; , newline`; other control characters are not allowed in TEXT at all. */
function text(value: string): string {
	return value
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\r\n?|\n/g, '\\n')
		.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
}

/**
 * Content is untrusted and a calendar app opens links: only web and mail addresses go into a
 * URL or a description. Calendar links are the site's own pages, so another scheme means a bad
 * `SITE_URL`.
 */
function uri(value: string): string {
	if (/^(https?:\/\/|mailto:)[^\s"<>\\]+$/i.test(value)) return value;
	throw new Error(`calendar link ${JSON.stringify(value)} is not an http(s) or mailto address; set SITE_URL to an https:// address`);
}

/** `20200914T071000Z` */
const utcValue = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** DTSTART/DTEND: a UTC date-time, or a DATE for all-day entries. */
const when = (name: string, value: Date | string) => (typeof value === 'string' ? `${name};VALUE=DATE:${value.replace(/-/g, '')}` : `${name}:${utcValue(value)}`);

/**
 * Folds a content line at 75 octets of UTF-8, as RFC 5545 section 3.1 requires, between
 * characters (never inside a multi-octet one); each continuation starts with a space.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let start = 0;
	let octets = 0;
	let index = 0;
	for (const char of line) {
		const code = char.codePointAt(0)!;
		const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		// 75 octets on the first line; 74 after the leading space on the others.
		if (octets + size > (parts.length ? 74 : 75)) {
			parts.push(line.slice(start, index));
			start = index;
			octets = 0;
		}
		octets += size;
		index += char.length;
	}
	parts.push(line.slice(start));
	return parts.join('\r\n ');
}

function vevent(entry: Entry): string[] {
	return [
		'BEGIN:VEVENT',
		`UID:${text(entry.uid)}`,
		`DTSTAMP:${utcValue(entry.stamp)}`,
		when('DTSTART', entry.start),
		...(entry.end ? [when('DTEND', entry.end)] : []),
		`SUMMARY:${text(entry.title)}`,
		`DESCRIPTION:${text(entry.description)}`,
		...(entry.location ? [`LOCATION:${text(entry.location)}`] : []),
		`URL:${uri(entry.url)}`,
		`CATEGORIES:${entry.categories.map(text).join(',')}`,
		...(entry.transparent ? ['TRANSP:TRANSPARENT'] : []),
		'END:VEVENT',
	];
}

function calendar(entries: Entry[], name: string, context: CalendarContext): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'CALSCALE:GREGORIAN',
		// The product is the site (by its host), as organizers publish it; the tool that built it goes unnamed.
		`PRODID:-//${context.host}//Programme//EN`,
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${text(name)}`,
		...entries.flatMap(vevent),
		'END:VCALENDAR',
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

const scheduled = (talk: Talk): talk is Talk & { start: Date; end: Date } => Boolean(talk.start && talk.end);

/**
 * The event itself (all day over its days, so a calendar always holds it even without a
 * timetable), its important dates, and every talk and talk-less session (opening, breaks).
 */
export function eventCalendar(event: Event, context: CalendarContext): string {
	const timetable = [
		...event.sessions.filter((session) => session.talks.length === 0).map((session) => ({ start: session.start, entry: sessionEntry(session, context) })),
		...event.talks.filter(scheduled).map((talk) => ({ start: talk.start, entry: talkEntry(talk, context) })),
	]
		.sort((a, b) => a.start.getTime() - b.start.getTime())
		.map(({ entry }) => entry);
	return calendar(
		[eventEntry(event, context), ...event.importantDates.map((item, index) => importantDateEntry(event, item, index, context)), ...timetable],
		event.shortTitle,
		context,
	);
}

export function talkCalendar(talk: Talk, context: CalendarContext): string {
	if (!scheduled(talk)) throw new Error(`talk ${talk.event.id}/${talk.id} has no slot for a calendar`);
	return calendar([talkEntry(talk, context)], talk.label, context);
}

export function sessionCalendar(session: Session, context: CalendarContext): string {
	return calendar([sessionEntry(session, context)], `${session.label} (${session.event.shortTitle})`, context);
}

/** All events of the site as all-day entries, with their deadlines and milestones. */
export function siteCalendar(events: readonly Event[], context: CalendarContext, name: string): string {
	return calendar(
		events.flatMap((event) => [eventEntry(event, context), ...event.importantDates.map((item, index) => importantDateEntry(event, item, index, context))]),
		name,
		context,
	);
}
