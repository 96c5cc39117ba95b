import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendar, foldLine, sessionCalendar, talkCalendar } from '../../src/exports/ics.ts';
import { calendarFiles, isCalendarFile } from '../../src/integrations/calendar-files.ts';
import { loadContent } from '../../src/loading/load.ts';
import type { Model } from '../../src/model/model.ts';
import { materialize } from '../support/fixtures.ts';
import { rfc5545Problems } from '../support/rfc5545.ts';

const context = { url: (path: string) => `https://site.example${path}`, host: 'site.example' };
const octets = (text: string) => new TextEncoder().encode(text);

/** The valid fixture, with extra events written over it. */
function model(files: Record<string, string> = {}, remove: string[] = []): Model {
	const { root, contentDir } = materialize();
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(contentDir, path, '..'), { recursive: true });
		writeFileSync(join(contentDir, path), text);
	}
	for (const path of remove) rmSync(join(contentDir, path));
	const result = loadContent(contentDir, root);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.model;
}

interface Entry {
	uid: string;
	summary: string;
	start: string;
	end: string;
	allDay: boolean;
}

/** The entries of a calendar as an independent parser reads them, after the strict check. */
function entries(text: string): Map<string, Entry> {
	expect(rfc5545Problems(octets(text))).toEqual([]);
	const calendar = new ICAL.Component(ICAL.parse(text));
	return new Map(
		calendar.getAllSubcomponents('vevent').map((vevent) => {
			const event = new ICAL.Event(vevent);
			const iso = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());
			return [event.uid, { uid: event.uid, summary: event.summary, start: iso(event.startDate), end: iso(event.endDate), allDay: event.startDate.isDate }];
		}),
	);
}

const german =
	'Größenänderungen überwachen: Während des Trainings ändern sich Gewichte, Aktivierungen und Gradienten; wir zeigen, dass „ßäöü“-Zähler über 75 Oktette hinausgehen. '.repeat(3);
const japanese = '組み込み機器向けの機械学習モデルを量子化し、推論の消費電力を削減する手法を提案する。😀 '.repeat(4);

describe('iCalendar files', () => {
	it('fold lines at 75 octets without splitting a UTF-8 character, and unfold to the same text', () => {
		for (const line of [`DESCRIPTION:${german}`, `DESCRIPTION:${japanese}`, `SUMMARY:${'x'.repeat(200)}`]) {
			const folded = foldLine(line);
			const physical = folded.split('\r\n');
			expect(physical.length).toBeGreaterThan(1);
			for (const part of physical) {
				expect(octets(part).length).toBeLessThanOrEqual(75);
				// Each part is whole characters: re-encoding what it decodes to gives the same octets.
				expect(new TextDecoder('utf-8', { fatal: true }).decode(octets(part))).toBe(part);
			}
			// Full lines: a fold happens only when the next character would not fit.
			expect(octets(physical[0]!).length).toBeGreaterThan(71);
			expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
			expect(physical.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
		}
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
	});

	it('write a long multilingual abstract that a strict reader and ical.js both take back intact', () => {
		const fixture = model();
		const talk = fixture.eventById.get('demo-2024')!.talks.find((t) => t.id === 'keynote-one')!;
		const text = talkCalendar({ ...talk, title: 'Über „Ökonomie“; Teil 1, 2 \\ 3', label: 'Über „Ökonomie“; Teil 1, 2 \\ 3', abstractText: `${german}\n${japanese}` }, context);
		expect(text.split('\r\n').every((line) => octets(line).length <= 75)).toBe(true);
		const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('summary')).toBe('Über „Ökonomie“; Teil 1, 2 \\ 3 (DEMO 2024)');
		expect(vevent.getFirstPropertyValue('description')).toContain(`${german}\n${japanese}`);
		expect(rfc5545Problems(octets(text))).toEqual([]);
	});

	it('keep a title from starting a new line or entry of its own', () => {
		const session = model().eventById.get('demo-2024')!.sessions[0]!;
		const text = sessionCalendar({ ...session, label: 'Opening\r\nEND:VEVENT\rBEGIN:VEVENT\u0007' }, context);
		expect(text).toContain('SUMMARY:Opening\\nEND:VEVENT\\nBEGIN:VEVENT (DEMO 2024)');
		expect(entries(text).size).toBe(1);
	});

	it('give an event without a timetable an all-day entry over its days, with its dates, across a DST change', () => {
		const event = model(
			{
				'events/spring-2024/event.yaml': [
					'title: Spring Forward Workshop',
					'shortTitle: SPRING 2024',
					'series: demo',
					// Berlin moves its clocks forward on 31 March 2024, 02:00 → 03:00.
					'start: "2024-03-30"',
					'end: "2024-03-31"',
					'timezone: Europe/Berlin',
					'importantDates:',
					'  - label: Submission deadline',
					'    date: "2024-03-31"',
					'    time: "23:59"',
					'    timezone: AoE',
					'  - label: Registration closes',
					'    date: "2024-03-31"',
					'    time: "03:30"',
					'  - label: Notification',
					'    kind: notification',
					'    date: "2024-03-31"',
					'',
				].join('\n'),
			},
		).eventById.get('spring-2024')!;
		expect(event.sessions).toEqual([]);
		const calendar = entries(eventCalendar(event, context));
		expect([...calendar.values()]).toEqual([
			// DTEND of an all-day entry is the day after the last day: the entry covers 30 and 31 March.
			{ uid: 'spring-2024@site.example', summary: 'SPRING 2024: Spring Forward Workshop', start: '2024-03-30', end: '2024-04-01', allDay: true },
			// 23:59 AoE (UTC-12) is 11:59 UTC the next day; a deadline is an instant, not a span.
			{ uid: 'spring-2024.date-0@site.example', summary: 'SPRING 2024: Submission deadline', start: '2024-04-01T11:59:00.000Z', end: '2024-04-01T11:59:00.000Z', allDay: false },
			// 03:30 on the day the clocks go forward is summer time, UTC+2.
			{ uid: 'spring-2024.date-1@site.example', summary: 'SPRING 2024: Registration closes', start: '2024-03-31T01:30:00.000Z', end: '2024-03-31T01:30:00.000Z', allDay: false },
			{ uid: 'spring-2024.date-2@site.example', summary: 'SPRING 2024: Notification', start: '2024-03-31', end: '2024-04-01', allDay: true },
		]);
	});

	it('hold the event itself, its dates and its timetable, at the instants of the programme', () => {
		const event = model().eventById.get('demo-2024')!;
		const calendar = entries(eventCalendar(event, context));
		expect(calendar.get('demo-2024@site.example')).toMatchObject({ start: '2024-06-10', end: '2024-06-12', allDay: true });
		expect(calendar.get('demo-2024.date-0@site.example')).toMatchObject({ start: '2024-03-15', end: '2024-03-16', allDay: true });
		// 09:15 in Berlin summer time.
		expect(calendar.get('demo-2024.keynote-one@site.example')).toMatchObject({ start: '2024-06-10T07:15:00.000Z', end: '2024-06-10T08:00:00.000Z' });
	});

	it('are the same bytes for the same content', () => {
		const first = model().eventById.get('demo-2024')!;
		const second = model().eventById.get('demo-2024')!;
		expect(eventCalendar(first, context)).toBe(eventCalendar(second, context));
	});

	it('refuse to write a link that is not http(s) or mailto', () => {
		const event = model().eventById.get('demo-2024')!;
		expect(() => eventCalendar(event, { ...context, url: (path: string) => `javascript:alert(1)//${path}` })).toThrow(/javascript:/);
	});
});

describe('the talks’ and sessions’ calendar files', () => {
	const site = model();
	const files = calendarFiles(site, new URL('https://site.example'), '/workshops/');

	it('are one per session and per scheduled talk, at the paths pages link to', () => {
		expect([...files.keys()].sort()).toEqual(
			[
				...site.events.flatMap((event) => event.sessions.map((session) => `events/${event.id}/sessions/${session.id}.ics`)),
				...site.talks.filter((talk) => talk.start).map((talk) => `events/${talk.event.id}/talks/${talk.id}.ics`),
			].sort(),
		);
		expect(files.get('events/demo-2024/talks/paper-one.ics')!()).toContain('URL:https://site.example/workshops/events/demo-2024/talks/paper-one/\r\n');
	});

	// The kept output folder leaves the files its owners claim to them (src/integrations/kept-output.ts).
	it('are all claimed as the integration’s own files, and no other file of the site is', () => {
		expect([...files.keys()].filter((file) => !isCalendarFile(file))).toEqual([]);
		expect(['calendar.ics', 'events/demo-2024/calendar.ics', 'events/demo-2024/talks/paper-one/index.html', 'events/demo-2024/schedule.json'].filter(isCalendarFile)).toEqual([]);
	});
});
