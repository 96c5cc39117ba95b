import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel, type Model } from '../../src/model/model.ts';
import { EventSchema, PersonSchema, ProgrammeSchema, SeriesSchema } from '../../src/schemas/index.ts';
import { addDraftEdition, materialize } from '../support/fixtures.ts';

function fixtureModel(): Model {
	const { root, contentDir } = materialize();
	const result = loadContent(contentDir, root);
	if (!result.ok) throw new Error('the valid fixture should load');
	return result.model;
}

describe('the resolved model', () => {
	const model = fixtureModel();
	const event = model.eventById.get('demo-2024')!;
	const talk = (id: string) => event.talks.find((t) => t.id === id)!;

	it('resolves speakers to people with their affiliation at that event', () => {
		const [speaker] = talk('keynote-one').speakers;
		expect(speaker!.person.name).toBe('Bob Sample');
		expect(speaker!.affiliation).toBe('Sample Labs');
		expect(model.personById.get('carol-test')!.affiliation).toBeUndefined();
	});

	it('turns wall-clock times into instants in the event zone (Berlin in June is UTC+2)', () => {
		const keynote = talk('keynote-one');
		expect(keynote.start).toEqual(new Date('2024-06-10T07:15:00Z'));
		expect(keynote.end).toEqual(new Date('2024-06-10T08:00:00Z'));
		expect(keynote.ownSlot).toBe(false);
		expect(talk('paper-two').start).toEqual(new Date('2024-06-10T08:30:00Z'));
		expect(talk('paper-two').ownSlot).toBe(true);
		expect(event.start).toEqual(new Date('2024-06-09T22:00:00Z'));
		expect(event.end).toEqual(new Date('2024-06-11T22:00:00Z'));
	});

	it('gives AoE deadlines the end of the day at UTC-12, with their history', () => {
		const [deadline] = event.importantDates;
		expect(deadline!.zone).toBe('AoE');
		expect(deadline!.instant).toEqual(new Date('2024-03-16T12:00:00Z'));
		expect(deadline!.previously).toEqual([{ date: '2024-03-01', instant: new Date('2024-03-02T12:00:00Z') }]);
	});

	it('orders talks by time, links previous and next, and lists unscheduled talks last', () => {
		expect(event.talks.map((t) => t.id)).toEqual([
			'keynote-one',
			'paper-one',
			'paper-two',
			'tutorial-a',
			'panel-b',
			// Parallel talks at the same time: by room, in the organizer's order.
			'thirty-minutes',
			'parallel-start',
			'forty-five-minutes',
			'compilers-for-accelerators',
			'fifteen-minutes',
			'poster-x',
		]);
		expect(talk('paper-one').previous?.id).toBe('keynote-one');
		expect(talk('paper-one').next?.id).toBe('paper-two');
		expect(talk('poster-x').start).toBeUndefined();
		expect(talk('poster-x').next).toBeUndefined();
	});

	it('names sessions without an id by day, start and room', () => {
		expect(event.sessions.map((s) => s.id)).toEqual([
			'2024-06-10-0900',
			'2024-06-10-0915',
			'2024-06-10-1000',
			'2024-06-11-0900-room-a',
			'2024-06-11-0900-room-b',
			'2024-06-11-1000',
			'2024-06-11-1030-room-a',
			'2024-06-11-1030-room-b',
		]);
		expect(event.rooms).toEqual(['Room A', 'Room B']);
		expect(event.days.map((d) => d.date)).toEqual(['2024-06-10', '2024-06-11']);
	});

	it("collects each person's roles across the event", () => {
		const alice = model.personById.get('alice-example')!;
		expect(alice.roles.map((r) => `${r.kind}:${r.label}`)).toEqual([
			'committee:Organizers',
			'speaker:Opening',
			'chair:Session chair',
			'speaker:Paper',
			'speaker:Panel',
			'speaker:Paper',
			'speaker:Short paper',
		]);
		expect(alice.events.map(({ event, roles }) => [event.id, roles.flatMap((role) => (role.talk ? [role.talk.id] : []))])).toEqual([
			['demo-2024', ['paper-one', 'panel-b', 'thirty-minutes', 'fifteen-minutes']],
		]);
		expect(model.personById.get('carol-test')!.roles.map((r) => r.kind)).toEqual([
			'committee',
			'chair',
			'speaker',
			'speaker',
			'speaker',
			'speaker',
			'speaker',
		]);
	});

	it('links series to their editions and to each other', () => {
		const demo = model.seriesById.get('demo')!;
		expect(demo.events.map((e) => e.id)).toEqual(['demo-2024']);
		expect(demo.relations[0]!.series?.shortName).toBe('OTHER');
		expect(event.series).toBe(demo);
	});

	it('labels untitled talks by kind and speakers', () => {
		const untitled = buildModel({
			series: [{ id: 's', data: SeriesSchema.parse({ name: 'S', shortName: 'S' }) }],
			people: [{ id: 'thierry-moreau', data: PersonSchema.parse({ name: 'Thierry Moreau' }) }],
			events: [
				{
					id: 's-2021',
					data: EventSchema.parse({ title: 'S', shortTitle: 'S', series: 's', start: '2021-04-09', timezone: 'America/Los_Angeles', format: 'virtual' }),
					programme: {
						data: ProgrammeSchema.parse({
							days: [{ date: '2021-04-09', sessions: [{ start: '08:30', end: '09:15', kind: 'invited', talks: [{ id: 'tvm', speakers: ['thierry-moreau'] }] }] }],
						}),
					},
				},
			],
		});
		expect(untitled.talks[0]!.label).toBe('Invited talk — Thierry Moreau');
		expect(untitled.talks[0]!.start).toEqual(new Date('2021-04-09T15:30:00Z'));
	});

	it('runs a session past midnight into the next day', () => {
		const late = buildModel({
			series: [{ id: 's', data: SeriesSchema.parse({ name: 'S', shortName: 'S' }) }],
			people: [],
			events: [
				{
					id: 's-2020',
					data: EventSchema.parse({ title: 'S', shortTitle: 'S', series: 's', start: '2020-10-24', end: '2020-10-25', timezone: 'Europe/Berlin', format: 'in-person' }),
					programme: {
						data: ProgrammeSchema.parse({
							days: [{ date: '2020-10-24', sessions: [{ start: '23:00', end: '03:30+1', kind: 'posters' }] }],
						}),
					},
				},
			],
		});
		const [session] = late.events[0]!.sessions;
		// 23:00 CEST is 21:00 UTC; clocks fall back at 03:00 CEST, so 03:30 CET is 02:30 UTC: 5.5 hours.
		expect(session!.start).toEqual(new Date('2020-10-24T21:00:00Z'));
		expect(session!.end).toEqual(new Date('2020-10-25T02:30:00Z'));
	});
});

describe('a draft edition', () => {
	const { root, contentDir } = materialize();
	addDraftEdition(contentDir);
	mkdirSync(join(contentDir, 'events/demo-2025/pages'));
	writeFileSync(join(contentDir, 'events/demo-2025/pages/travel.md'), '---\ntitle: Travel\ndescription: Getting there.\n---\n\nBy train.\n');

	it('is checked, then left out of a build with its pages and the people who appear only there', () => {
		const result = loadContent(contentDir, root);
		expect(result.issues).toEqual([]);
		const model = result.ok ? result.model : undefined;
		expect(model?.eventById.has('demo-2025')).toBe(false);
		expect(model?.series.find((series) => series.id === 'demo')?.events.map((event) => event.id)).toEqual(['demo-2024']);
		expect(model?.personById.has('dana-draft')).toBe(false);
		expect(model?.people.map((person) => person.id)).not.toContain('dana-draft');
		expect(model?.personById.get('alice-example')?.events.map(({ event }) => event.id)).toEqual(['demo-2024']);
		expect(model?.pages.map((page) => page.id)).not.toContain('events/demo-2025/pages/travel');
	});

	it('is in the preview (npm run dev), with everything it brings', () => {
		const result = loadContent(contentDir, root, { drafts: true });
		const model = result.ok ? result.model : undefined;
		expect(model?.eventById.get('demo-2025')?.draft).toBe(true);
		expect(model?.personById.get('dana-draft')?.events.map(({ event }) => event.id)).toEqual(['demo-2025']);
		expect(model?.pages.map((page) => page.id)).toContain('events/demo-2025/pages/travel');
	});
});

describe('a session past midnight', () => {
	const programme = (talks: string) =>
		'days:\n  - date: "2024-06-10"\n    sessions:\n      - start: "23:00"\n        end: "01:00+1"\n        kind: posters\n        title: Night posters\n        talks:\n' + talks;
	const load = (talks: string) => {
		const { root, contentDir } = materialize();
		writeFileSync(join(contentDir, 'events/demo-2024/programme.yaml'), programme(talks));
		return loadContent(contentDir, root);
	};

	it('takes talks whose times carry "+1" after midnight', () => {
		const result = load(
			'          - id: late\n            title: Late\n            speakers: [bob-sample]\n            start: "23:30"\n            end: "00:10+1"\n' +
				'          - id: later\n            title: Later\n            start: "00:10+1"\n            end: "00:40+1"\n',
		);
		expect(result.issues).toEqual([]);
		const talks = result.ok ? result.model.eventById.get('demo-2024')!.talks : [];
		// Berlin in June is UTC+2: 00:10 on the 11th is 22:10 UTC on the 10th.
		expect(talks.map((talk) => [talk.id, talk.start?.toISOString(), talk.end?.toISOString()])).toEqual([
			['late', '2024-06-10T21:30:00.000Z', '2024-06-10T22:10:00.000Z'],
			['later', '2024-06-10T22:10:00.000Z', '2024-06-10T22:40:00.000Z'],
		]);
	});

	it('says to write "+1" for a talk after midnight written without it', () => {
		const result = load('          - id: later\n            title: Later\n            speakers: [bob-sample]\n            start: "00:10"\n            end: "00:40+1"\n');
		expect(result.issues.map((issue) => issue.message)).toEqual([
			'00:10–00:40+1 is outside its session (23:00–01:00+1); move the talk or widen the session (write "00:10+1" for a time after midnight)',
		]);
	});
});
