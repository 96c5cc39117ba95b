import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/loading/load.ts';

const sourcesDir = join(import.meta.dirname, '../data/sources');
/** Case, accents, punctuation and spacing aside, so "Yejia LIU" matches "Yejia Liu". */
const normal = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
const sources = normal(readdirSync(sourcesDir).map((file) => readFileSync(join(sourcesDir, file), 'utf8')).join('\n'));

describe('the content of the first five workshops', () => {
	const model = loadModel(join(import.meta.dirname, '../../content'));

	it('has every talk title from the sources, inventing none', () => {
		const invented = model.talks.flatMap((talk) => (talk.title && !sources.includes(normal(talk.title)) ? [`${talk.event.id}/${talk.id}: ${talk.title}`] : []));
		expect(invented).toEqual([]);
	});

	it('names only people the sources name', () => {
		const invented = model.people.filter((person) => !sources.includes(normal(person.name))).map((person) => person.id);
		expect(invented).toEqual([]);
	});

	it('keeps abstracts as the sources wrote them', () => {
		const changed = model.talks.flatMap((talk) => {
			const opening = talk.abstractText?.split(/[.!?]/)[0]?.slice(0, 60);
			return opening && !sources.includes(normal(opening)) ? [`${talk.event.id}/${talk.id}: ${opening}`] : [];
		});
		expect(changed).toEqual([]);
	});

	it('holds every talk of the five programmes', () => {
		const counts = Object.fromEntries(['item-2020', 'weml-2020', 'tinyml-2023', 'odiw-2021', 'accml-2020'].map((id) => [id, model.eventById.get(id)!.talks.length]));
		// ITEM: 2 keynotes + 10 papers; WEML: 9 invited talks; tinyML: keynote + 16 papers + the
		// diversity talk; ODIW: 2 keynotes, 3 invited, 7 contributed, 2 untitled slots; AccML: 4 speakers.
		expect(counts).toEqual({ 'item-2020': 12, 'weml-2020': 9, 'tinyml-2023': 18, 'odiw-2021': 14, 'accml-2020': 4 });
	});
});
