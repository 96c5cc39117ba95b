import type { EventData } from '../schemas/event.ts';
import type { PersonData } from '../schemas/person.ts';
import type { ProgrammeData } from '../schemas/programme.ts';
import type { SeriesData } from '../schemas/series.ts';
import type { SiteData } from '../schemas/site.ts';
import { closest, showValue, type ContentIssue } from './issues.ts';
import { hasParallelRooms } from '../model/grid.ts';
import { endInstant, sessionId } from '../model/model.ts';
import { AOE, formatClock, wallClockToInstant } from '../model/time.ts';

/**
 * The rules Zod cannot check on one file alone: references between files, ids, and time.
 * Each returns issues naming the file, the field and the fix; `npm run check` prints them all.
 */

export interface Sourced<T> {
	id: string;
	/** Path from the project root, as messages print it. */
	file: string;
	data: T;
}

export interface SourcedContent {
	site?: Sourced<SiteData>;
	series: Array<Sourced<SeriesData>>;
	people: Array<Sourced<PersonData>>;
	events: Array<Sourced<EventData> & { programme?: Sourced<ProgrammeData> }>;
}

interface Slot {
	start: Date;
	end: Date;
	file: string;
	path: PropertyKey[];
	what: string;
	sessionKey: string;
}

/** Ids of every file that exists, valid or not, so one bad file does not also break references to it. */
export interface ExistingIds {
	series: string[];
	people: string[];
	events: string[];
}

export function validateContent(content: SourcedContent, existing: ExistingIds): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const { series: seriesIds, people: personIds, events: eventIds } = existing;
	const personSet = new Set(personIds);

	const checkPerson = (file: string, path: PropertyKey[], id: string) => {
		if (personSet.has(id)) return;
		const suggestion = closest(id, personIds);
		issues.push({
			file,
			path,
			message:
				`refers to person "${id}", who has no file; ` +
				(suggestion ? `did you mean "${suggestion}"? Or add ` : 'add ') +
				`content/people/${id}.yaml`,
		});
	};

	// One person, one file: the same name twice is almost always a duplicate.
	const byName = new Map<string, Sourced<PersonData>>();
	for (const person of content.people) guard(issues, person.file, () => {
		const key = person.data.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ');
		const first = byName.get(key);
		if (first) {
			issues.push({
				file: person.file,
				path: ['name'],
				message: `"${person.data.name}" is also the name in ${first.file}; one person has one file: merge the two and use one id everywhere`,
			});
		} else byName.set(key, person);
		for (const eventId of Object.keys(person.data.affiliations)) {
			if (!eventIds.includes(eventId)) {
				const suggestion = closest(eventId, eventIds);
				issues.push({
					file: person.file,
					path: ['affiliations', eventId],
					message: `names event "${eventId}", which has no folder in content/events/` + (suggestion ? `; did you mean "${suggestion}"?` : ''),
				});
			}
		}
	});

	for (const series of content.series) guard(issues, series.file, () => {
		series.data.relations.forEach((relation, index) => {
			if (relation.series && !seriesIds.includes(relation.series)) {
				const suggestion = closest(relation.series, seriesIds);
				issues.push({
					file: series.file,
					path: ['relations', index, 'series'],
					message:
						`refers to series "${relation.series}", which has no file in content/series/` +
						(suggestion ? `; did you mean "${suggestion}"?` : '; use "name" for a series outside Lectern'),
				});
			}
		});
	});

	// One number per edition of a series: the pages and schedule.json print it.
	const editions = new Map<string, Sourced<EventData>>();
	for (const event of [...content.events].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id))) {
		if (event.data.edition === undefined) continue;
		const key = `${event.data.series} ${event.data.edition}`;
		const first = editions.get(key);
		if (first) {
			issues.push({
				file: event.file,
				path: ['edition'],
				message: `${event.data.edition} is also the edition of ${first.id} (${first.file}); give each edition of the series its own number`,
			});
		} else editions.set(key, event);
	}

	for (const event of content.events) guard(issues, event.file, () => {
		const { data, file } = event;
		if (!seriesIds.includes(data.series)) {
			const suggestion = closest(data.series, seriesIds);
			issues.push({
				file,
				path: ['series'],
				message:
					`refers to series "${data.series}", which has no file; ` +
					(suggestion ? `did you mean "${suggestion}"?` : `add content/series/${data.series}.yaml`),
			});
		}
		const endDate = data.end ?? data.start;
		if (endDate < data.start) {
			issues.push({ file, path: ['end'], message: `"${endDate}" is before start "${data.start}"; the last day cannot come before the first` });
		}
		data.committees.forEach((committee, c) =>
			committee.members.forEach((member, m) => checkPerson(file, ['committees', c, 'members', m], member)),
		);
		data.contact?.people.forEach((person, index) => checkPerson(file, ['contact', 'people', index], person));
		data.importantDates.forEach((item, index) => {
			const zone = item.timezone ?? data.timezone;
			if (item.time && zone !== AOE && wallClockToInstant(item.date, item.time, zone) === 'gap') {
				issues.push({
					file,
					path: ['importantDates', index, 'time'],
					message: `"${item.time}" does not exist on ${item.date} in ${zone} (clocks skip it for daylight saving); choose a time outside the gap`,
				});
			}
			const values = [...item.previously, item.date];
			for (let i = 1; i < values.length; i++) {
				if (values[i]! <= values[i - 1]!) {
					const isCurrent = i === values.length - 1;
					issues.push({
						file,
						path: isCurrent ? ['importantDates', index, 'date'] : ['importantDates', index, 'previously', i],
						message:
							`"${values[i]}" is not after the earlier value "${values[i - 1]}"; ` +
							'list "previously" oldest first, each revision later than the one before, with the date now in force in "date"',
					});
				}
			}
		});
		const { programme } = event;
		if (programme) guard(issues, programme.file, () => issues.push(...validateProgramme(event, programme, checkPerson)));
	});
	return issues;
}

/**
 * Runs the rules for one file so that a fault in a rule becomes a problem naming that file and
 * the check goes on with the others, rather than a stack trace.
 */
export function guard(issues: ContentIssue[], file: string, rules: () => void): void {
	try {
		rules();
	} catch (thrown) {
		issues.push({
			file,
			path: [],
			message: `could not be checked (${thrown instanceof Error ? thrown.message : String(thrown)}); this is a fault in Lectern, not in your file: please report it with this file attached`,
		});
	}
}

function validateProgramme(
	event: Sourced<EventData>,
	programme: Sourced<ProgrammeData>,
	checkPerson: (file: string, path: PropertyKey[], id: string) => void,
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const { file, data } = programme;
	const zone = event.data.timezone;
	const first = event.data.start;
	const last = event.data.end ?? event.data.start;
	const talkIds = new Map<string, PropertyKey[]>();
	const sessionIds = new Map<string, { explicit: boolean; room?: string }>();
	/** Where each person is booked: as a speaker, or as the chair of a whole session. */
	const bookings = new Map<string, Array<{ slot: Slot; chair: boolean }>>();
	const roomSlots = new Map<string, Slot[]>();
	const seenDays = new Map<string, number>();

	/** `nextDay` lets the time carry "+1" (a session's end, a talk's start and end). */
	const instant = (path: PropertyKey[], date: string, time: string, nextDay = false): Date | undefined => {
		const value = nextDay ? endInstant(date, time, zone) : wallClockToInstant(date, time, zone);
		if (value !== 'gap') return value;
		issues.push({
			file,
			path,
			message: `"${time}" does not exist on ${date} in ${zone}: clocks skip that hour for daylight saving; use a time outside the gap`,
		});
		return undefined;
	};

	const checkTalkId = (id: string, path: PropertyKey[]) => {
		const earlier = talkIds.get(id);
		if (earlier) {
			issues.push({ file, path: [...path, 'id'], message: `"${id}" is already the id of another talk in this programme; give each talk its own id` });
		} else talkIds.set(id, path);
	};

	const describe = (slot: Slot) => `${slot.what} (${formatClock(slot.start, zone)}–${formatClock(slot.end, zone)})`;
	const overlaps = (a: Slot, b: Slot) => a.start < b.end && b.start < a.end;

	data.days.forEach((day, d) => {
		const dayPath = ['days', d];
		if (seenDays.has(day.date)) {
			issues.push({ file, path: [...dayPath, 'date'], message: `"${day.date}" is listed twice; put all sessions of a day under one date` });
			return;
		}
		seenDays.set(day.date, d);
		const dayRoomSlots: Array<{ slot: Slot; room: string }> = [];
		const spanning: Slot[] = [];
		if (first <= last && (day.date < first || day.date > last)) {
			issues.push({
				file,
				path: [...dayPath, 'date'],
				message: `"${day.date}" is outside the event's dates (${first === last ? first : `${first} to ${last}`} in event.yaml); fix the date or the event's start/end`,
			});
		}
		day.sessions.forEach((session, s) => {
			const path = [...dayPath, 'sessions', s];
			const id = sessionId(day.date, session);
			const sessionKey = `${d}/${s}`;
			const other = sessionIds.get(id);
			if (other && session.id) {
				issues.push({ file, path: [...path, 'id'], message: `"${id}" is already the id of another session; give each session its own id` });
			} else if (other?.explicit) {
				issues.push({ file, path, message: `gets the id "${id}" from its day, start and room, which another session has as its id; give this session an "id:" of its own` });
			} else if (other && other.room !== session.room) {
				// Rooms written alike ("Room A", "room a") give one id; the same room twice is an overlap, reported below.
				issues.push({ file, path, message: `gets the id "${id}" from its day, start and room, as does the session in room ${JSON.stringify(other.room)}; write the room's name as there, or give this session an "id:"` });
			}
			if (!other) sessionIds.set(id, { explicit: Boolean(session.id), room: session.room });

			const start = instant([...path, 'start'], day.date, session.start);
			const end = instant([...path, 'end'], day.date, session.end, true);
			if (!start || !end) return;
			if (end <= start) {
				issues.push({
					file,
					path: [...path, 'end'],
					message: `${showValue(session.end)} is ${end.getTime() === start.getTime() ? 'the same as' : 'before'} start ${showValue(session.start)}; make it later (write "00:30+1" for a session that ends after midnight)`,
				});
				return;
			}
			const what = `${session.title ?? session.kind} at ${session.start}`;
			const slot: Slot = { start, end, file, path, what, sessionKey };
			const room = session.room ?? '';
			for (const other of roomSlots.get(room) ?? []) {
				if (overlaps(slot, other)) {
					issues.push({
						file,
						path: [...path, 'start'],
						message: `overlaps ${describe(other)}${room ? ` in room "${room}"` : ''}; move one of them or give them different rooms`,
					});
				}
			}
			roomSlots.set(room, [...(roomSlots.get(room) ?? []), slot]);
			if (room) dayRoomSlots.push({ slot, room });
			else spanning.push(slot);

			const book = (personId: string, personPath: PropertyKey[], booked: Slot, chair = false) => {
				for (const other of bookings.get(personId) ?? []) {
					// A chair may speak in the session they chair, and joint presentations share one
					// slot in one session; anything else at the same time is a clash.
					const sameSession = other.slot.sessionKey === booked.sessionKey;
					const joint = sameSession && other.slot.start.getTime() === booked.start.getTime() && other.slot.end.getTime() === booked.end.getTime();
					if (!(sameSession && (chair || other.chair)) && !joint && overlaps(booked, other.slot)) {
						issues.push({
							file,
							path: personPath,
							message: `"${personId}" would be in two places at once: ${describe(booked)} and ${describe(other.slot)}; fix the times, the speakers or the chairs`,
						});
					}
				}
				bookings.set(personId, [...(bookings.get(personId) ?? []), { slot: booked, chair }]);
			};

			session.chairs.forEach((chair, c) => {
				checkPerson(file, [...path, 'chairs', c], chair);
				book(chair, [...path, 'chairs', c], slot, true);
			});
			session.speakers.forEach((speaker, p) => {
				checkPerson(file, [...path, 'speakers', p], speaker);
				book(speaker, [...path, 'speakers', p], slot);
			});

			const timedTalks: Slot[] = [];
			session.talks.forEach((talk, t) => {
				const talkPath = [...path, 'talks', t];
				checkTalkId(talk.id, talkPath);
				let talkSlot = slot;
				if (Boolean(talk.start) !== Boolean(talk.end)) {
					issues.push({
						file,
						path: [...talkPath, talk.start ? 'end' : 'start'],
						message: 'is missing; give a talk both start and end, or neither to use the whole session',
					});
				} else if (talk.start && talk.end) {
					const talkStart = instant([...talkPath, 'start'], day.date, talk.start, true);
					const talkEnd = instant([...talkPath, 'end'], day.date, talk.end, true);
					if (talkStart && talkEnd) {
						if (talkEnd <= talkStart) {
							issues.push({ file, path: [...talkPath, 'end'], message: `${showValue(talk.end)} is not after start ${showValue(talk.start)}; make it later` });
						} else if (talkStart < start || talkEnd > end) {
							issues.push({
								file,
								path: [...talkPath, talkStart < start ? 'start' : 'end'],
								message:
									`${talk.start}–${talk.end} is outside its session (${session.start}–${session.end}); move the talk or widen the session` +
									(session.end.endsWith('+1') && !talk.start.endsWith('+1') && talkStart < start ? ` (write "${talk.start}+1" for a time after midnight)` : ''),
							});
						}
						talkSlot = { ...slot, start: talkStart, end: talkEnd, what: `talk "${talk.title ?? talk.id}" at ${talk.start}` };
						// Talks of a session follow each other; only a joint presentation shares its slot exactly.
						for (const other of timedTalks) {
							const sameSlot = other.start.getTime() === talkSlot.start.getTime() && other.end.getTime() === talkSlot.end.getTime();
							if (!sameSlot && overlaps(talkSlot, other)) {
								issues.push({
									file,
									path: [...talkPath, 'start'],
									message: `${talk.start}–${talk.end} overlaps ${describe(other)} in the same session; make one start when the other ends, or give both the same start and end for a joint presentation`,
								});
							}
						}
						timedTalks.push(talkSlot);
					}
				}
				talk.speakers.forEach((speaker, p) => {
					checkPerson(file, [...talkPath, 'speakers', p], speaker);
					book(speaker, [...talkPath, 'speakers', p], talkSlot);
				});
				talk.authors.forEach((author, a) => checkPerson(file, [...talkPath, 'authors', a], author));
			});
		});
		// On a grid day a session without a room spans every room.
		if (hasParallelRooms(day.sessions)) {
			for (const slot of spanning) {
				const clashes = dayRoomSlots.filter((other) => overlaps(slot, other.slot)).map((other) => `${describe(other.slot)} in room "${other.room}"`);
				if (clashes.length > 0) {
					issues.push({
						file,
						path: [...slot.path, 'room'],
						message: `is not set, so the session spans every room of the day, but ${clashes.join(' and ')} ${clashes.length > 1 ? 'run' : 'runs'} at the same time; give this session its room, or move it`,
					});
				}
			}
		}
	});

	data.unscheduled.forEach((talk, t) => {
		const talkPath = ['unscheduled', t];
		checkTalkId(talk.id, talkPath);
		if (talk.start || talk.end) {
			issues.push({
				file,
				path: [...talkPath, talk.start ? 'start' : 'end'],
				message: 'is set on an unscheduled talk; move the talk into a session under "days" to give it a time',
			});
		}
		talk.speakers.forEach((speaker, p) => checkPerson(file, [...talkPath, 'speakers', p], speaker));
		talk.authors.forEach((author, a) => checkPerson(file, [...talkPath, 'authors', a], author));
	});
	return issues;
}
