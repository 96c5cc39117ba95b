import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/loading/load.ts';
import { distDir, projectRoot, requireDist } from '../support/dist.ts';

const data = join(projectRoot, 'tests/data/c3voc');

/** The c3voc JSON Schema (draft-06) as upstream's validator reads it; see tests/data/c3voc/SOURCE.md. */
function jsonValidator() {
	const ajv = new Ajv({ strict: false, allErrors: true });
	ajv.addMetaSchema(draft06);
	addFormats(ajv);
	ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
	return ajv.compile(JSON.parse(readFileSync(join(data, 'schema.json'), 'utf8')));
}

describe('schedule feeds for conference apps', () => {
	beforeAll(requireDist);
	const model = loadModel();
	const withProgramme = model.events.filter((event) => event.days.length > 0);
	const validate = jsonValidator();

	it('are checked by validators that accept upstream\'s valid example and reject its invalid one', async () => {
		expect(validate(JSON.parse(readFileSync(join(data, 'pretalx-democon.json'), 'utf8')))).toBe(true);
		expect(validate(JSON.parse(readFileSync(join(data, 'invalid-example.json'), 'utf8')))).toBe(false);
		const broken = readFileSync(join(distDir, 'events/item-2020/schedule.xml'), 'utf8').replace(/<duration>[^<]*<\/duration>/, '<duration>45 minutes</duration>');
		const result = await validateXML({ xml: [{ fileName: 'broken.xml', contents: broken }], schema: [{ fileName: 'schedule.xml.xsd', contents: readFileSync(join(data, 'schedule.xml.xsd'), 'utf8') }] });
		expect(result.valid).toBe(false);
	});

	it('give every event with a programme a schedule.json valid against the c3voc schema', () => {
		for (const event of withProgramme) {
			const feed = JSON.parse(readFileSync(join(distDir, `events/${event.id}/schedule.json`), 'utf8'));
			const valid = validate(feed);
			expect(validate.errors ?? [], event.id).toEqual([]);
			expect(valid).toBe(true);
		}
	});

	it('give every event with a programme a schedule.xml valid against the frab XSD', async () => {
		const schema = readFileSync(join(data, 'schedule.xml.xsd'), 'utf8');
		for (const event of withProgramme) {
			const xml = readFileSync(join(distDir, `events/${event.id}/schedule.xml`), 'utf8');
			const result = await validateXML({ xml: [{ fileName: `${event.id}.xml`, contents: xml }], schema: [{ fileName: 'schedule.xml.xsd', contents: schema }] });
			expect(result.errors.map((e) => e.message), event.id).toEqual([]);
		}
	});

	it('place each talk at the programme’s instant, in the event zone', () => {
		const feed = JSON.parse(readFileSync(join(distDir, 'events/item-2020/schedule.json'), 'utf8'));
		const events = feed.schedule.conference.days.flatMap((day: { rooms: Record<string, unknown[]> }) => Object.values(day.rooms).flat());
		const keynote = events.find((e: { slug: string }) => e.slug === 'item_2020-talk-mcunet');
		expect(keynote).toMatchObject({ date: '2020-09-14T13:25:00+02:00', start: '13:25', duration: '00:45', room: 'Main room' });
		expect(new Date(keynote.date)).toEqual(model.eventById.get('item-2020')!.talks.find((t) => t.id === 'mcunet')!.start);
		expect(feed.schedule.conference.time_zone_name).toBe('Europe/Brussels');
	});
});
