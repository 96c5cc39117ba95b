import { createEvent, type EventAttributes } from 'ics';
import { joinNames, placeLabel } from './listing.ts';
import type { Event, ImportantDate, Session, Talk } from './model.ts';
import { paths } from './paths.ts';
import { addDays } from './time.ts';

/**
 * iCalendar (RFC 5545) files for events, sessions and talks. Each entry (VEVENT) is written by
 * the `ics` library (folding, escaping) once per talk or session and reused by every calendar
 * that holds it: the library validates each entry, which is slow enough to matter at thousands
 * of talks. Times are UTC, so no VTIMEZONE is needed and every client places them right. UIDs
 * come from ids and DTSTAMPs from the content, so rebuilds give identical files.
 * @see https://datatracker.ietf.org/doc/html/rfc5545
 */

export interface CalendarContext {
	/** Turns a site path into an absolute URL (with the deployment base). */
	url: (path: string) => string;
	/** Host name that makes UIDs unique to this site, e.g. `workshops.example.org`. */
	host: string;
}

/** `ics` supports a fixed DTSTAMP through `timestamp`, which its type definitions omit. */
type Entry = EventAttributes & { timestamp: number };

const utc = (instant: Date) => ({ start: instant.getTime(), startInputType: 'utc', startOutputType: 'utc' }) as const;

function location(event: Event): string {
	const { venue } = event;
	if (event.format === 'virtual') return venue.online ? `Online: ${venue.online}` : 'Online';
	return [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ') || placeLabel(event);
}

/** When the entry was last changed, as far as the content knows: the event's first day. */
const stamp = (event: Event) => event.start.getTime();

function talkDescription(talk: Talk, context: CalendarContext): string {
	const people = joinNames(talk.speakers.map((s) => (s.affiliation ? `${s.person.name} (${s.affiliation})` : s.person.name)));
	return [people, talk.abstractText, context.url(paths.talk(talk))].filter(Boolean).join('\n\n');
}

/** One talk with its slot; unscheduled talks have none and give `undefined`. */
export function talkEntry(talk: Talk, context: CalendarContext): Entry | undefined {
	if (!talk.start || !talk.end) return undefined;
	return {
		...utc(talk.start),
		end: talk.end.getTime(),
		endInputType: 'utc',
		endOutputType: 'utc',
		uid: `${talk.event.id}.${talk.id}@${context.host}`,
		timestamp: stamp(talk.event),
		title: `${talk.label} (${talk.event.shortTitle})`,
		description: talkDescription(talk, context),
		location: [talk.session?.room, location(talk.event)].filter(Boolean).join(', '),
		url: context.url(paths.talk(talk)),
		categories: [talk.event.shortTitle],
	};
}

/** A session as one entry, listing its talks. */
export function sessionEntry(session: Session, context: CalendarContext): Entry {
	const talks = session.talks.map((talk) => {
		const names = joinNames(talk.speakers.map((s) => s.person.name));
		return `• ${talk.label}${names ? ` — ${names}` : ''}`;
	});
	const people = session.speakers.length ? joinNames(session.speakers.map((s) => s.person.name)) : '';
	return {
		...utc(session.start),
		end: session.end.getTime(),
		endInputType: 'utc',
		endOutputType: 'utc',
		uid: `${session.event.id}.session-${session.id}@${context.host}`,
		timestamp: stamp(session.event),
		title: `${session.label} (${session.event.shortTitle})`,
		description: [people, ...talks, context.url(paths.session(session))].filter(Boolean).join('\n'),
		location: [session.room, location(session.event)].filter(Boolean).join(', '),
		url: context.url(paths.session(session)),
		categories: [session.event.shortTitle],
	};
}

/** An event as one all-day entry over its days. */
export function eventEntry(event: Event, context: CalendarContext): Entry {
	// All-day entries end on the day after the last day (DTEND is exclusive).
	const day = (date: string) => date.split('-').map(Number) as [number, number, number];
	return {
		start: day(event.startDate),
		end: day(addDays(event.endDate, 1)),
		uid: `${event.id}@${context.host}`,
		timestamp: stamp(event),
		title: event.shortTitle === event.title ? event.title : `${event.shortTitle}: ${event.title}`,
		description: [event.host ? `Held with ${event.host.name}.` : '', event.aboutText ?? '', context.url(paths.event(event))].filter(Boolean).join('\n\n'),
		location: location(event),
		url: context.url(paths.event(event)),
		categories: [event.series.shortName],
	};
}

/** A deadline or milestone at the moment it passes. */
export function importantDateEntry(event: Event, item: ImportantDate, index: number, context: CalendarContext): Entry {
	return {
		...utc(item.instant),
		end: item.instant.getTime(),
		endInputType: 'utc',
		endOutputType: 'utc',
		uid: `${event.id}.date-${index}@${context.host}`,
		timestamp: stamp(event),
		title: `${event.shortTitle}: ${item.label}`,
		description: context.url(`${paths.event(event)}#dates`),
		url: context.url(`${paths.event(event)}#dates`),
		categories: [event.series.shortName, 'Deadline'],
	};
}

/** The VEVENT block the library writes for one entry. */
function vevent(entry: Entry): string {
	const { error, value } = createEvent(entry);
	if (error || !value) throw error ?? new Error(`could not write calendar entry ${entry.uid}`);
	return value.slice(value.indexOf('BEGIN:VEVENT'), value.indexOf('END:VEVENT') + 'END:VEVENT'.length);
}

const written = new WeakMap<object, string>();
/** Writes the entry of a talk or session once per build, however many calendars hold it. */
function once(key: object, make: () => Entry): string {
	let text = written.get(key);
	if (text === undefined) written.set(key, (text = vevent(make())));
	return text;
}

/** Folds a content line at 75 octets, as RFC 5545 section 3.1 requires. */
function fold(line: string): string {
	const bytes = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	for (const char of line) {
		if (bytes.encode(current + char).length > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = '';
		}
		current += char;
	}
	return [...parts, current].join('\r\n ');
}

const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

function calendar(vevents: string[], name: string, context: CalendarContext): string {
	// The product is the site (by its host), as organizers publish it; the tool that built it goes unnamed.
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:-//${context.host}//Programme//EN`, 'METHOD:PUBLISH', fold(`X-WR-CALNAME:${escapeText(name)}`)];
	return `${[...lines, ...vevents, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

const talkVevent = (talk: Talk, context: CalendarContext) => once(talk, () => talkEntry(talk, context)!);
const sessionVevent = (session: Session, context: CalendarContext) => once(session, () => sessionEntry(session, context));

/** Every talk of an event, and every session that has no talks of its own (opening, breaks). */
export function eventCalendar(event: Event, context: CalendarContext): string {
	const entries = [
		...event.sessions.filter((session) => session.talks.length === 0).map((session) => ({ start: session.start, text: sessionVevent(session, context) })),
		...event.talks.filter((talk) => talk.start).map((talk) => ({ start: talk.start!, text: talkVevent(talk, context) })),
	].sort((a, b) => a.start.getTime() - b.start.getTime());
	return calendar(
		entries.map((entry) => entry.text),
		event.shortTitle,
		context,
	);
}

export function talkCalendar(talk: Talk, context: CalendarContext): string {
	return calendar([talkVevent(talk, context)], talk.label, context);
}

export function sessionCalendar(session: Session, context: CalendarContext): string {
	return calendar([sessionVevent(session, context)], `${session.label} (${session.event.shortTitle})`, context);
}

/** All events of the site as all-day entries, with their deadlines and milestones. */
export function siteCalendar(events: readonly Event[], context: CalendarContext, name: string): string {
	const entries = events.flatMap((event) => [
		eventEntry(event, context),
		...event.importantDates.map((item, index) => importantDateEntry(event, item, index, context)),
	]);
	return calendar(entries.map(vevent), name, context);
}
