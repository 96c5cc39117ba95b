import type { Day, Event, Session, Talk } from './model.ts';
import { sessionAnchor } from './paths.ts';
import { formatClock } from './time.ts';

/**
 * The programme grid of a day with parallel rooms: rooms are columns (in the organizer's order),
 * time runs down a shared axis of rows, and every session and talk spans the rows of its
 * duration, so a box's height tells its length. A row is as tall as its slice of time, or taller
 * where a box's text needs more (a 15-minute talk with two speakers): it grows in every room, so
 * what starts together still lines up, and nothing is cut off. Sessions without a room (breaks,
 * keynotes) span every room. The page keeps the sessions in time-then-room order and CSS lays
 * them out, so keyboard and screen-reader order follow time; this module only computes the
 * placements, which `programmeCss` writes as a stylesheet (the site's policy forbids inline styles).
 */

/** Grid lines, 1-based, end excluded, as CSS `grid-row: start / end` takes them. */
export type Lines = readonly [start: number, end: number];

export interface TalkPlacement {
	talk: Talk;
	/** Rows within the session's own talk grid. */
	rows: Lines;
}

export interface SessionPlacement {
	session: Session;
	rows: Lines;
	columns: Lines;
	/** Where any talk has its own slot: the talks on the session's rows (a subgrid of the day's). */
	talks?: TalkPlacement[];
}

export interface Tick {
	/** The wall clock in the event's zone, e.g. "09:30". */
	label: string;
	/** The element id of the tick on the page. */
	id: string;
	row: number;
}

export interface DayGrid {
	date: string;
	/** Column headings, in the organizer's order. */
	rooms: string[];
	/** Minutes per row: the largest step that every time of the day falls on. */
	slotMinutes: number;
	/** Time rows (the room headings take one more row at the top). */
	rows: number;
	sessions: SessionPlacement[];
	/** Labels on the time axis, every half hour. */
	ticks: Tick[];
}

const minute = 60_000;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The first row of the time axis: row 1 holds the room headings. */
const firstTimeRow = 2;
/** The first room column: column 1 holds the time axis. */
const firstRoomColumn = 2;

/** The id of a day's section on the programme page. */
export const dayAnchor = (day: Pick<Day, 'date'>) => `day-${day.date}`;

/** Rooms used on a day, in the event's (organizer's) order. */
export function roomsOfDay(day: Day, event: Pick<Event, 'rooms'>): string[] {
	return event.rooms.filter((room) => day.sessions.some((session) => session.room === room));
}

/** Whether a day's sessions use two rooms or more: the day is then a grid, else a plain list. */
export function hasParallelRooms(sessions: ReadonlyArray<{ room?: string }>): boolean {
	return new Set(sessions.flatMap((session) => (session.room ? [session.room] : []))).size > 1;
}

/** The grid of a day, or `undefined` where the day has no parallel rooms (it is then a plain list). */
export function dayGrid(day: Day, event: Pick<Event, 'rooms' | 'timeZone'>): DayGrid | undefined {
	if (!hasParallelRooms(day.sessions)) return undefined;
	const rooms = roomsOfDay(day, event);
	const start = Math.min(...day.sessions.map((s) => s.start.getTime()));
	const end = Math.max(...day.sessions.map((s) => s.end.getTime()));
	const offset = (instant: Date | number) => Math.round((Number(instant) - start) / minute);

	// Half-hour ticks on the event's wall clock.
	const startMinute = Number(formatClock(new Date(start), event.timeZone).slice(3));
	const tickInstants: number[] = [];
	for (let t = start + ((30 - (startMinute % 30)) % 30) * minute; t < end; t += 30 * minute) tickInstants.push(t);

	const times = [
		...day.sessions.flatMap((s) => [s.start, s.end]),
		...day.sessions.flatMap((s) => s.talks.flatMap((talk) => (talk.ownSlot ? [talk.start!, talk.end!] : []))),
		...tickInstants,
	].map(offset);
	const slotMinutes = times.reduce(gcd, 30) || 1;
	const row = (instant: Date | number) => firstTimeRow + offset(instant) / slotMinutes;

	const sessions = day.sessions.map((session): SessionPlacement => {
		const roomIndex = session.room ? rooms.indexOf(session.room) : -1;
		const columns: Lines = roomIndex < 0 ? [firstRoomColumn, firstRoomColumn + rooms.length] : [firstRoomColumn + roomIndex, firstRoomColumn + roomIndex + 1];
		const placement: SessionPlacement = { session, rows: [row(session.start), row(session.end)], columns };
		if (session.talks.some((talk) => talk.ownSlot)) {
			const sessionRows = (session.end.getTime() - session.start.getTime()) / minute / slotMinutes;
			const inner = (instant: Date) => 1 + (instant.getTime() - session.start.getTime()) / minute / slotMinutes;
			placement.talks = session.talks.map((talk) => ({ talk, rows: talk.ownSlot ? [inner(talk.start!), inner(talk.end!)] : [1, sessionRows + 1] }));
		}
		return placement;
	});

	return {
		date: day.date,
		rooms,
		slotMinutes,
		rows: offset(end) / slotMinutes,
		sessions,
		ticks: tickInstants.map((t) => {
			const label = formatClock(new Date(t), event.timeZone);
			return { label, id: `${dayAnchor(day)}-t${label.replace(':', '')}-${offset(t)}`, row: row(t) };
		}),
	};
}

const lines = ([start, end]: Lines) => `${start}/${end}`;

/**
 * The stylesheet that places an event's sessions, talks and ticks on its day grids. Placements
 * only take effect where the programme's own CSS makes a day a grid (wide screens and print);
 * elsewhere the same page is a list in time order.
 */
export function programmeCss(event: Event): string {
	const rules = ['/* Placements on the programme grid, written by the build from src/model/grid.ts. */'];
	for (const day of event.days) {
		const grid = dayGrid(day, event);
		if (!grid) continue;
		rules.push(
			`#${dayAnchor(day)} .day__grid{grid-template-columns:var(--grid-axis) repeat(${grid.rooms.length},minmax(0,1fr));grid-template-rows:auto repeat(${grid.rows},minmax(calc(${grid.slotMinutes}*var(--grid-minute)),auto))}`,
		);
		for (const tick of grid.ticks) rules.push(`#${tick.id}{grid-row:${tick.row}}`);
		for (const placement of grid.sessions) {
			const id = sessionAnchor(placement.session);
			rules.push(`#${id}{grid-row:${lines(placement.rows)};grid-column:${lines(placement.columns)}}`);
			for (const talk of placement.talks ?? []) rules.push(`#${id} #talk-${talk.talk.id}{grid-row:${lines(talk.rows)}}`);
		}
	}
	return `${rules.join('\n')}\n`;
}

/** `true` when any day of the event is laid out as a grid, so the page needs the stylesheet. */
export function hasGrid(event: Event): boolean {
	return event.days.some((day) => dayGrid(day, event) !== undefined);
}
