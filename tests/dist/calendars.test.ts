import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/loading/load.ts';
import { addDays } from '../../src/model/time.ts';
import { distDir, listFiles, requireDist } from '../support/dist.ts';
import { rfc5545Problems } from '../support/rfc5545.ts';

interface Parsed {
	uid: string;
	summary: string;
	/** An instant as ISO 8601, or the `YYYY-MM-DD` day of an all-day entry. */
	start: string;
	end: string;
	allDay: boolean;
	url: string;
	description: string;
}

const iso = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());

function parse(file: string): Parsed[] {
	const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(distDir, file), 'utf8')));
	return calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		return {
			uid: event.uid,
			summary: event.summary,
			start: iso(event.startDate),
			end: iso(event.endDate),
			allDay: event.startDate.isDate,
			url: String(vevent.getFirstPropertyValue('url')),
			description: event.description,
		};
	});
}

describe('calendar files', () => {
	beforeAll(requireDist);
	const model = loadModel();
	const files = () => listFiles(distDir).filter((file) => file.endsWith('.ics'));

	it('exist for every event, every scheduled talk and every session, plus one for the site', () => {
		const expected = [
			'calendar.ics',
			...model.events.map((event) => `events/${event.id}/calendar.ics`),
			...model.talks.filter((talk) => talk.start).map((talk) => `events/${talk.event.id}/talks/${talk.id}.ics`),
			...model.events.flatMap((event) => event.sessions.map((session) => `events/${event.id}/sessions/${session.id}.ics`)),
		].sort();
		expect(files()).toEqual(expected);
	});

	it('place every talk at the instants of the programme, read by an independent parser', () => {
		for (const talk of model.talks.filter((t) => t.start)) {
			const [entry] = parse(`events/${talk.event.id}/talks/${talk.id}.ics`);
			expect(entry).toMatchObject({
				uid: `${talk.event.id}.${talk.id}@lectern.example.org`,
				summary: `${talk.label} (${talk.event.shortTitle})`,
				start: talk.start!.toISOString(),
				end: talk.end!.toISOString(),
			});
		}
	});

	it('are valid RFC 5545, by a strict check and by ical.js, every one', () => {
		const problems = files().flatMap((file) => {
			const bytes = readFileSync(join(distDir, file));
			try {
				ICAL.parse(bytes.toString('utf8'));
			} catch (error) {
				return [`${file}: ical.js: ${String(error)}`];
			}
			return rfc5545Problems(bytes).map((problem) => `${file}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('link only to pages of the site, and name no other scheme than http(s) or mailto', () => {
		for (const file of files()) {
			for (const entry of parse(file)) {
				expect(entry.url, file).toMatch(/^https:\/\/lectern\.example\.org\//);
				for (const [link] of entry.description.matchAll(/\b[a-z][a-z0-9+.-]*:(?:\/\/)?[^\s:]+/gi)) {
					if (/^[a-z][a-z0-9+.-]*:\/\//i.test(link) || /^(mailto|javascript|data|vbscript|file):/i.test(link)) {
						expect(link, file).toMatch(/^(https?:\/\/|mailto:)/i);
					}
				}
			}
		}
	});

	it('hold each event itself over its days, its dates, and every talk and talk-less session at its instants', () => {
		for (const event of model.events) {
			const entries = new Map(parse(`events/${event.id}/calendar.ics`).map((entry) => [entry.uid, entry]));
			expect(entries.get(`${event.id}@lectern.example.org`), event.id).toMatchObject({ allDay: true, start: event.startDate, end: addDays(event.endDate, 1) });
			const expected = [
				...event.talks.filter((t) => t.start).map((t) => [`${event.id}.${t.id}@lectern.example.org`, t.start!, t.end!] as const),
				...event.sessions.filter((s) => !s.talks.length).map((s) => [`${event.id}.session-${s.id}@lectern.example.org`, s.start, s.end] as const),
			];
			expect(entries.size).toBe(1 + event.importantDates.length + expected.length);
			for (const [uid, start, end] of expected) {
				expect(entries.get(uid), uid).toMatchObject({ start: start.toISOString(), end: end.toISOString() });
			}
		}
	});

	it('put ITEM 2020 keynote at 09:10 Ghent summer time, which is 07:10 UTC', () => {
		const [keynote] = parse('events/item-2020/talks/from-near-sensor-to-in-sensor-ai.ics');
		expect(keynote!.start).toBe('2020-09-14T07:10:00.000Z');
	});

	it('list every event as all-day dates, dates without a time as all-day, and deadlines with one at the moment they pass', () => {
		const entries = new Map(parse('calendar.ics').map((entry) => [entry.uid, entry]));
		for (const event of model.events) {
			expect(entries.get(`${event.id}@lectern.example.org`)).toMatchObject({ allDay: true, summary: expect.stringContaining(event.shortTitle) });
			event.importantDates.forEach((item, index) => {
				const entry = entries.get(`${event.id}.date-${index}@lectern.example.org`);
				if (item.time) expect(entry).toMatchObject({ allDay: false, start: item.instant.toISOString(), end: item.instant.toISOString() });
				else expect(entry).toMatchObject({ allDay: true, start: item.date, end: addDays(item.date, 1) });
			});
		}
		// AccML's extended deadline: 22 November 2019, 23:59 in Pacific time (PST, UTC-8).
		expect(entries.get('accml-2020.date-0@lectern.example.org')!.start).toBe('2019-11-23T07:59:00.000Z');
		expect(entries.get('accml-2020.date-0@lectern.example.org')!.description).toContain('22 November 2019, 23:59 PST');
	});
});
