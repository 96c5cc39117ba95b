import { describe, expect, it } from 'vitest';
import { eventJsonLd, serializeJsonLd, talkJsonLd } from '../../src/exports/jsonld.ts';
import { loadContent } from '../../src/loading/load.ts';
import { materialize } from '../support/fixtures.ts';

const url = (path: string) => `https://site.example${path}`;

describe('schema.org JSON-LD', () => {
	const { root, contentDir } = materialize();
	const result = loadContent(contentDir, root);
	if (!result.ok) throw new Error('fixture should load');
	const event = result.model.eventById.get('demo-2024')!;

	it('describes a talk with its performers, its instants in the event zone and its parent event', () => {
		const talk = event.talks.find((t) => t.id === 'keynote-one')!;
		expect(talkJsonLd(talk, url)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Event',
			name: 'A Keynote on Small Models',
			url: 'https://site.example/events/demo-2024/talks/keynote-one/',
			startDate: '2024-06-10T09:15:00+02:00',
			endDate: '2024-06-10T10:00:00+02:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
			location: [
				{ '@type': 'Place', name: 'Example Hall', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'Germany' } },
				{ '@type': 'VirtualLocation', url: 'https://site.example/events/demo-2024/' },
			],
			description: 'Small models, large impact.',
			performer: [
				{ '@type': 'Person', name: 'Bob Sample', url: 'https://site.example/people/bob-sample/', affiliation: { '@type': 'Organization', name: 'Sample Labs' } },
			],
			superEvent: { '@type': 'Event', name: 'First Demo Workshop', url: 'https://site.example/events/demo-2024/', startDate: '2024-06-10', endDate: '2024-06-11' },
		});
	});

	it('describes an event with its organizers', () => {
		const data = eventJsonLd(event, url);
		expect(data).toMatchObject({ '@type': 'Event', startDate: '2024-06-10', endDate: '2024-06-11' });
		expect(data.organizer).toEqual([
			{ '@type': 'Person', name: 'Alice Example', url: 'https://site.example/people/alice-example/' },
			{ '@type': 'Person', name: 'Carol Test', url: 'https://site.example/people/carol-test/' },
		]);
	});

	it('cannot be closed early by text in the data', () => {
		expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});
});
