import { pauseKinds } from '../model/labels.ts';
import type { Event, Session, Talk } from '../model/model.ts';
import { paths } from '../model/paths.ts';
import { formatClock, toZonedIso } from '../model/time.ts';
import { uuidV5 } from './uuid.ts';
import { escapeXml } from './xml.ts';

/**
 * The schedule feed that conference apps read (Giggity, ConfClerk, EventFahrplan): the
 * c3voc/frab `schedule.json` that pretalx exports, and the same data as frab's `schedule.xml`.
 * Both are made from one object, so they cannot disagree.
 * @see https://c3voc.de/wiki/schedule
 */

export interface FrabPerson {
	name: string;
	guid: string;
}

export interface FrabEvent {
	id: number;
	guid: string;
	date: string;
	start: string;
	duration: string;
	room: string;
	slug: string;
	url: string;
	title: string;
	subtitle: string | null;
	track: string | null;
	type: string;
	language: string;
	abstract: string | null;
	description: string | null;
	persons: FrabPerson[];
	links: Array<{ url: string; title: string; type: 'slides' | 'paper' | 'media' | 'web' }>;
}

export interface FrabSchedule {
	$schema: string;
	/** Left out: optional in both formats, and the site does not advertise the tool that built it. */
	generator?: { name: string; version: string };
	schedule: {
		version: string;
		base_url: string;
		conference: {
			acronym: string;
			title: string;
			start: string;
			end: string;
			daysCount: number;
			timeslot_duration: string;
			time_zone_name: string;
			url: string;
			rooms: Array<{ name: string; guid: string }>;
			days: Array<{ index: number; date: string; day_start: string; day_end: string; rooms: Record<string, FrabEvent[]> }>;
		};
	};
}

/** The room of sessions that name none: single-track workshops have one room. */
export const DEFAULT_ROOM = 'Main room';

function duration(start: Date, end: Date): string {
	const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A positive integer id from a guid: frab still requires numeric ids. */
const numericId = (guid: string) => Number.parseInt(guid.slice(0, 7), 16) + 1;

/** The frab acronym of an event: its id with underscores (the schema refuses inner hyphens). */
export const acronymOf = (event: Pick<Event, 'id'>) => event.id.replaceAll('-', '_');

/** Whether an event has a schedule feed (`schedule.json`, `schedule.xml`): only a timetable with days does. */
export const hasSchedule = (event: Event) => event.days.length > 0;

export function buildFrabSchedule(event: Event, url: (path: string) => string): FrabSchedule {
	const zone = event.timeZone;
	const acronym = acronymOf(event);
	const roomOf = (session: Session | undefined) => session?.room ?? DEFAULT_ROOM;
	const entry = (item: { kind: string; title: string; start: Date; end: Date; session: Session; path: string; key: string }, talk?: Talk): FrabEvent => {
		const guid = uuidV5(url(item.path));
		const links: FrabEvent['links'] = [];
		if (talk?.links.slides) links.push({ url: talk.links.slides, title: 'Slides', type: 'slides' });
		if (talk?.links.paper) links.push({ url: talk.links.paper, title: 'Paper', type: 'paper' });
		if (talk?.links.video) links.push({ url: talk.links.video, title: 'Video', type: 'media' });
		if (talk?.links.code) links.push({ url: talk.links.code, title: 'Code', type: 'web' });
		const people = talk ? [...talk.speakers] : item.session.speakers;
		return {
			id: numericId(guid),
			guid,
			date: toZonedIso(item.start, zone),
			start: formatClock(item.start, zone),
			duration: duration(item.start, item.end),
			room: roomOf(item.session),
			slug: `${acronym}-${item.key}`,
			url: url(item.path),
			title: item.title,
			subtitle: null,
			track: item.session.title ?? null,
			type: item.kind,
			language: 'en',
			abstract: talk?.abstractText ?? null,
			description: null,
			persons: people.map((p) => ({ name: p.person.name, guid: uuidV5(url(paths.person(p.person))) })),
			links,
		};
	};

	const days = event.days.map((day, index) => {
		const rooms: Record<string, FrabEvent[]> = {};
		const add = (event: FrabEvent) => (rooms[event.room] ??= []).push(event);
		for (const session of day.sessions) {
			if (session.talks.length === 0) {
				if (pauseKinds.has(session.kind)) continue;
				add(entry({ kind: session.kind, title: session.label, start: session.start, end: session.end, session, path: paths.session(session), key: `session-${session.id}` }));
			}
			for (const talk of session.talks) {
				add(entry({ kind: talk.kind, title: talk.label, start: talk.start!, end: talk.end!, session, path: paths.talk(talk), key: `talk-${talk.id}` }, talk));
			}
		}
		const first = day.sessions[0]!;
		const last = day.sessions.reduce((a, b) => (b.end > a.end ? b : a));
		return { index: index + 1, date: day.date, day_start: toZonedIso(first.start, zone), day_end: toZonedIso(last.end, zone), rooms };
	});

	const roomNames = [...new Set(event.sessions.map(roomOf))];
	return {
		$schema: 'https://c3voc.de/schedule/schema.json',
		schedule: {
			version: event.id,
			base_url: url('/'),
			conference: {
				acronym,
				title: event.title,
				start: event.startDate,
				end: event.endDate,
				daysCount: event.dates.length,
				timeslot_duration: '00:05',
				time_zone_name: zone,
				url: url(paths.event(event)),
				rooms: roomNames.map((name) => ({ name, guid: uuidV5(url(`${paths.programme(event)}#room-${name}`)) })),
				days,
			},
		},
	};
}

function element(name: string, value: string | null | undefined, indent: string): string {
	return value == null ? '' : `${indent}<${name}>${escapeXml(value)}</${name}>\n`;
}

/** The same schedule as frab's XML. */
export function frabXml(schedule: FrabSchedule): string {
	const { conference } = schedule.schedule;
	let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n';
	if (schedule.generator) xml += `  <generator name="${escapeXml(schedule.generator.name)}" version="${escapeXml(schedule.generator.version)}"/>\n`;
	xml += element('version', schedule.schedule.version, '  ');
	xml += '  <conference>\n';
	xml += element('title', conference.title, '    ');
	xml += element('acronym', conference.acronym, '    ');
	xml += element('start', conference.start, '    ');
	xml += element('end', conference.end, '    ');
	xml += element('days', String(conference.daysCount), '    ');
	xml += element('timeslot_duration', conference.timeslot_duration, '    ');
	xml += element('base_url', schedule.schedule.base_url, '    ');
	xml += element('url', conference.url, '    ');
	xml += element('time_zone_name', conference.time_zone_name, '    ');
	xml += '  </conference>\n';
	for (const day of conference.days) {
		xml += `  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">\n`;
		for (const room of conference.rooms) {
			const events = day.rooms[room.name];
			if (!events) continue;
			xml += `    <room name="${escapeXml(room.name)}" guid="${room.guid}">\n`;
			for (const event of events) {
				const indent = '        ';
				xml += `      <event id="${event.id}" guid="${event.guid}">\n`;
				xml += element('room', event.room, indent);
				xml += element('title', event.title, indent);
				xml += element('type', event.type, indent);
				xml += element('date', event.date, indent);
				xml += element('start', event.start, indent);
				xml += element('duration', event.duration, indent);
				xml += element('abstract', event.abstract ?? '', indent);
				xml += element('slug', event.slug, indent);
				xml += element('track', event.track ?? '', indent);
				xml += element('language', event.language, indent);
				xml += `${indent}<persons>\n`;
				for (const person of event.persons) xml += `${indent}  <person guid="${person.guid}">${escapeXml(person.name)}</person>\n`;
				xml += `${indent}</persons>\n`;
				xml += `${indent}<links>\n`;
				for (const item of event.links) xml += `${indent}  <link href="${escapeXml(item.url)}" type="${item.type}">${escapeXml(item.title)}</link>\n`;
				xml += `${indent}</links>\n`;
				xml += element('url', event.url, indent);
				xml += '      </event>\n';
			}
			xml += '    </room>\n';
		}
		xml += '  </day>\n';
	}
	return `${xml}</schedule>\n`;
}
