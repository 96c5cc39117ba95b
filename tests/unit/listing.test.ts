import { describe, expect, it } from 'vitest';
import { placeLabel, talkDetails, whereLines } from '../../src/model/listing.ts';
import type { Event, Talk } from '../../src/model/model.ts';

type Where = Pick<Event, 'venue' | 'format'>;
const at = (venue: Partial<Where['venue']>, format?: Where['format']): Where => ({ venue: { undisclosed: false, ...venue }, format });

describe('where an event takes place', () => {
	it('gives an in-person event its full address, and a hybrid one its platform below', () => {
		const hotel = { name: 'Hyatt Regency', address: '1333 Bayshore Highway', city: 'Burlingame', region: 'CA', postalCode: '94010', country: 'United States' };
		expect(whereLines(at(hotel, 'in-person'))).toEqual(['Hyatt Regency, 1333 Bayshore Highway, Burlingame, CA 94010, United States']);
		expect(whereLines(at({ city: 'Ghent', country: 'Belgium', online: 'Zoom' }, 'hybrid'))).toEqual(['Ghent, Belgium', 'Online: Zoom']);
	});

	it('says where a virtual event was hosted from, not its city as if one could go there', () => {
		const ghent = { city: 'Ghent', country: 'Belgium', online: 'Zoom, with details in Whova' };
		expect(whereLines(at(ghent, 'virtual'))).toEqual(['Hosted from Ghent, Belgium', 'Online: Zoom, with details in Whova']);
		expect(placeLabel(at(ghent, 'virtual'))).toBe('Online (hosted from Ghent, Belgium)');
	});

	it('gives a virtual event without a place its platform alone, and "Online" only when nothing more is known', () => {
		expect(whereLines(at({ online: 'MLSys 2021 virtual conference platform' }, 'virtual'))).toEqual(['Online: MLSys 2021 virtual conference platform']);
		expect(whereLines(at({}, 'virtual'))).toEqual(['Online']);
	});

	it('keeps an undisclosed venue to its name and city', () => {
		expect(whereLines(at({ name: 'Heidelberg University', address: 'Im Neuenheimer Feld 368', city: 'Heidelberg', undisclosed: true }, 'in-person'))).toEqual([
			'Heidelberg University, Heidelberg (exact location undisclosed)',
		]);
	});

	it('says so when the place is not announced', () => {
		expect(whereLines(at({}))).toEqual(['Place not announced']);
	});
});

describe("a talk's line in a list", () => {
	const person = (name: string) => ({ person: { name } }) as Talk['speakers'][number];

	it('gives its kind and everyone who gave or wrote it', () => {
		const talk = { title: 'MCUNet', kind: 'keynote' as const, speakers: [person('Song Han')], authors: [person('Ji Lin')] };
		expect(talkDetails(talk)).toBe('Keynote · Song Han and Ji Lin');
	});

	it('gives an untitled talk, whose label already names its kind and speakers, only its authors', () => {
		expect(talkDetails({ kind: 'keynote', speakers: [person('Alex Jones')], authors: [] })).toBe('');
		expect(talkDetails({ kind: 'paper', speakers: [person('Alex Jones')], authors: [person('Bette Cooper')] })).toBe('Bette Cooper');
	});
});
