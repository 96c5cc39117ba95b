import type { SessionData, TalkInput } from '../schemas/programme.ts';
import { sessionKinds, talkKinds } from '../schemas/programme.ts';
import { DEFAULT_ROOM } from '../exports/frab.ts';
import { slugify } from '../model/slug.ts';
import { importedMarkdown, importedText } from './import-text.ts';
import { isWebAddress } from '../model/safe-url.ts';
import { clockIn, dateIn } from '../model/zone-format.ts';
import { toContentYaml } from './yaml-out.ts';

/**
 * Turns a pretalx or frab `schedule.json` into a Lectern programme and people files, so an
 * organizer who runs the call for papers in pretalx publishes with Lectern. People are matched
 * to existing ones by name; contiguous talks of one track in one room become one session.
 */

interface FrabPersonIn {
	name?: string;
	public_name?: string;
	biography?: string | null;
}

interface FrabEventIn {
	date: string;
	duration: string;
	room: string;
	slug: string;
	title: string;
	track?: string | null;
	type?: string;
	abstract?: string | null;
	persons?: FrabPersonIn[];
	links?: Array<{ url: string; type?: string; title?: string }>;
}

export interface FrabScheduleIn {
	schedule: { conference: { acronym: string; days: Array<{ rooms: Record<string, FrabEventIn[]> }> } };
}

export interface ImportResult {
	programme: string;
	/** New people, as files by id. */
	people: Record<string, string>;
	/** Names matched to people already in Lectern, by id. */
	matched: string[];
	talkCount: number;
}

const normalName = (name: string) => slugify(name).replaceAll('-', ' ');

/** A talk's duration, "HH:MM" in frab's schedules; a schedule that says otherwise cannot be placed. */
const minutes = (duration: string, title: string) => {
	const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(String(duration));
	if (!match) throw new Error(`the talk ${JSON.stringify(title)} has the duration ${JSON.stringify(duration)}; schedule.json gives a duration as "HH:MM", e.g. "00:30"`);
	return Number(match[1]) * 60 + Number(match[2]);
};

const talkKindOf = (type: string | undefined): TalkInput['kind'] => {
	const value = slugify(type ?? '');
	if ((talkKinds as readonly string[]).includes(value)) return value as TalkInput['kind'];
	if (value === 'workshop') return 'tutorial';
	return 'talk';
};

const sessionKindOf = (kind: TalkInput['kind']): SessionData['kind'] =>
	({ keynote: 'keynote', invited: 'invited', paper: 'papers', 'short-paper': 'short-papers', tutorial: 'tutorial', panel: 'panel', remarks: 'other', talk: 'other' })[kind ?? 'talk'] as SessionData['kind'];

/**
 * @param schedule the parsed schedule.json
 * @param zone the IANA zone of the Lectern event: times are written as its wall clock
 * @param existingPeople ids and names of the people already in Lectern
 */
export function importFrab(schedule: FrabScheduleIn, zone: string, existingPeople: ReadonlyArray<{ id: string; name: string }>): ImportResult {
	const { acronym } = schedule.schedule.conference;
	const byName = new Map(existingPeople.map((person) => [normalName(person.name), person.id]));
	const takenIds = new Set(existingPeople.map((person) => person.id));
	const people: Record<string, string> = {};
	const matched = new Set<string>();
	const personId = (person: FrabPersonIn): string => {
		const name = importedText(person.name ?? person.public_name) ?? '';
		const known = byName.get(normalName(name));
		if (known) {
			if (existingPeople.some((p) => p.id === known)) matched.add(known);
			return known;
		}
		let id = slugify(name) || 'speaker';
		for (let n = 2; takenIds.has(id); n++) id = `${slugify(name)}-${n}`;
		takenIds.add(id);
		byName.set(normalName(name), id);
		const bio = importedMarkdown(person.biography);
		people[id] = toContentYaml({ name, ...(bio && { bio }) });
		return id;
	};

	const talkIds = new Set<string>();
	const talkId = (slug: string, title: string) => {
		// pretalx names a talk "<acronym>-<code>-<title>": the acronym repeats in every id.
		const prefix = [`${acronym}-talk-`, `${acronym}-`].find((start) => slug.startsWith(start)) ?? '';
		const base = slugify(slug.slice(prefix.length)) || slugify(title) || 'talk';
		let id = base;
		for (let n = 2; talkIds.has(id); n++) id = `${base}-${n}`;
		talkIds.add(id);
		return id;
	};

	const sessionIsPlainKind = (type: string | undefined) => {
		const value = slugify(type ?? '');
		return (sessionKinds as readonly string[]).includes(value) && !(talkKinds as readonly string[]).includes(value);
	};

	const days = new Map<string, Array<{ session: Record<string, unknown>; end: number; room: string; track: string | null }>>();
	let talkCount = 0;
	const events = schedule.schedule.conference.days
		.flatMap((day) => Object.values(day.rooms).flat())
		.sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.room.localeCompare(b.room));
	const rooms = new Set(events.map((event) => event.room));
	for (const event of events) {
		const start = new Date(event.date);
		if (Number.isNaN(start.getTime())) throw new Error(`the talk ${JSON.stringify(event.title)} starts at ${JSON.stringify(event.date)}; schedule.json gives a start as a date and time with its offset, e.g. "2024-06-10T09:30:00+02:00"`);
		const end = new Date(start.getTime() + minutes(event.duration, event.title) * 60_000);
		const date = dateIn(start, zone);
		const endDate = dateIn(end, zone);
		const endTime = `${clockIn(end, zone)}${endDate > date ? '+1' : ''}`;
		// One room, or our export's stand-in for sessions without one, means no room at all.
		const room = rooms.size > 1 && event.room !== DEFAULT_ROOM ? importedText(event.room) : undefined;
		const list = days.get(date) ?? [];
		days.set(date, list);
		if (sessionIsPlainKind(event.type)) {
			const speakers = (event.persons ?? []).map(personId);
			list.push({
				session: { start: clockIn(start, zone), end: endTime, kind: slugify(event.type!), title: importedText(event.title), ...(room && { room }), ...(speakers.length && { speakers }) },
				end: end.getTime(),
				room: event.room,
				track: null,
			});
			continue;
		}
		talkCount++;
		const kind = talkKindOf(event.type);
		const abstract = importedMarkdown(event.abstract);
		const links = Object.fromEntries(
			(event.links ?? [])
				.filter((link) => isWebAddress(link.url))
				.map((link) => [link.type === 'media' ? 'video' : link.type === 'slides' ? 'slides' : link.type === 'paper' ? 'paper' : 'code', link.url]),
		);
		const talk: Record<string, unknown> = {
			id: talkId(event.slug, event.title),
			title: importedText(event.title),
			kind,
			speakers: (event.persons ?? []).map(personId),
			start: clockIn(start, zone),
			end: endTime,
			...(abstract && { abstract }),
			...(Object.keys(links).length && { links }),
		};
		const track = importedText(event.track) ?? null;
		const last = list.findLast((entry) => entry.room === event.room);
		// Contiguous talks of one track in one room make one session, as printed programmes show them.
		if (last && track && last.track === track && last.end === start.getTime() && Array.isArray(last.session.talks)) {
			(last.session.talks as unknown[]).push(talk);
			last.session.end = endTime;
			last.end = end.getTime();
		} else {
			list.push({
				session: { start: clockIn(start, zone), end: endTime, kind: sessionKindOf(kind), ...(track && { title: track }), ...(room && { room }), talks: [talk] },
				end: end.getTime(),
				room: event.room,
				track,
			});
		}
	}

	const programme = { days: [...days].map(([date, sessions]) => ({ date, sessions: sessions.map((entry) => entry.session) })) };
	return {
		// The acronym in one comment line: a line break in it would start YAML of its own.
		programme: `# yaml-language-server: $schema=../../../public/schemas/programme.schema.json\n# Imported from ${acronym.replace(/\s+/g, ' ')}'s schedule.json by npm run import:schedule.\n${toContentYaml(programme)}`,
		people,
		matched: [...matched].sort(),
		talkCount,
	};
}
