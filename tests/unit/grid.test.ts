import { describe, expect, it } from 'vitest';
import { dayGrid, programmeCss } from '../../src/model/grid.ts';
import { loadContent } from '../../src/loading/load.ts';
import { materialize } from '../support/fixtures.ts';

function fixtureEvent() {
	const { root, contentDir } = materialize();
	const result = loadContent(contentDir, root);
	if (!result.ok) throw new Error('fixture should load');
	return result.model.eventById.get('demo-2024')!;
}

describe('the programme grid', () => {
	const event = fixtureEvent();
	const [dayOne, dayTwo] = event.days;

	it('is only for days with parallel rooms', () => {
		expect(dayGrid(dayOne!, event)).toBeUndefined();
		expect(dayGrid(dayTwo!, event)).toBeDefined();
	});

	it('has the rooms as columns in the order the organizer wrote them', () => {
		expect(event.rooms).toEqual(['Room A', 'Room B']);
		expect(dayGrid(dayTwo!, event)!.rooms).toEqual(['Room A', 'Room B']);
	});

	it('keeps sessions in time order, then room order', () => {
		expect(dayTwo!.sessions.map((s) => `${s.startTime} ${s.room ?? '-'}`)).toEqual(['09:00 Room A', '09:00 Room B', '10:00 -', '10:30 Room A', '10:30 Room B']);
	});

	it('gives every session the rows of its duration and its room’s column; a break spans all rooms', () => {
		const grid = dayGrid(dayTwo!, event)!;
		// 09:00–12:00 in half-hour steps: every time of the day falls on one.
		expect(grid.slotMinutes).toBe(15);
		expect(grid.rows).toBe(12);
		const at = (title: string) => grid.sessions.find((p) => p.session.label === title)!;
		expect(at('Tutorial')).toMatchObject({ rows: [2, 6], columns: [2, 3] });
		expect(at('Panel')).toMatchObject({ rows: [2, 6], columns: [3, 4] });
		expect(at('Coffee')).toMatchObject({ rows: [6, 8], columns: [2, 4] });
		expect(at('Hardware Papers')).toMatchObject({ rows: [8, 14], columns: [2, 3] });
		expect(at('Software Papers')).toMatchObject({ rows: [8, 12], columns: [3, 4] });
	});

	it('places talks with their own slot on their session’s rows, a 45-minute talk half again as tall as a 30-minute one', () => {
		const talks = dayGrid(dayTwo!, event)!.sessions.find((p) => p.session.label === 'Hardware Papers')!.talks!;
		// The session spans six rows (10:30–12:00 in 15-minute rows); the last talk ends on its last line.
		expect(talks.map((p) => [p.talk.id, p.rows])).toEqual([
			['thirty-minutes', [1, 3]],
			['forty-five-minutes', [3, 6]],
			['fifteen-minutes', [6, 7]],
		]);
	});

	it('labels the time axis every half hour on the event’s clock', () => {
		expect(dayGrid(dayTwo!, event)!.ticks.map((t) => [t.label, t.row])).toEqual([
			['09:00', 2],
			['09:30', 4],
			['10:00', 6],
			['10:30', 8],
			['11:00', 10],
			['11:30', 12],
		]);
	});

	it('uses finer rows when a time falls between half hours', () => {
		const grid = dayGrid(dayTwo!, event)!;
		const tutorial = dayTwo!.sessions[0]!;
		const shifted = { ...dayTwo!, sessions: dayTwo!.sessions.map((s) => (s === tutorial ? { ...s, end: new Date(s.end.getTime() - 5 * 60_000) } : s)) };
		expect(dayGrid(shifted, event)!.slotMinutes).toBe(5);
		expect(grid.slotMinutes).toBe(15);
	});

	it('writes the placements as a stylesheet of id rules', () => {
		const css = programmeCss(event);
		expect(css).toContain('#day-2024-06-11 .day__grid{grid-template-columns:var(--grid-axis) repeat(2,minmax(0,1fr));grid-template-rows:auto repeat(12,minmax(calc(15*var(--grid-minute)),auto))}');
		expect(css).toContain('#talk-forty-five-minutes{grid-row:3/6}');
		expect(css).not.toContain('day-2024-06-10');
	});
});

describe('tracks', () => {
	it('are the talk’s own, or its session’s', () => {
		const event = fixtureEvent();
		const track = (id: string) => event.talks.find((t) => t.id === id)!.track;
		expect(track('thirty-minutes')).toBe('Hardware');
		expect(track('parallel-start')).toBe('Software');
		expect(track('compilers-for-accelerators')).toBe('Hardware');
		expect(track('keynote-one')).toBeUndefined();
		expect(event.tracks).toEqual(['Hardware', 'Software']);
	});
});
