import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/loading/content-files.ts';
import { contentSchemas, jsonSchemaPath, jsonSchemaText, type ContentSchemaName } from '../../src/organizer/json-schemas.ts';
import { fixturesDir } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '../..');
const names = Object.keys(contentSchemas) as ContentSchemaName[];
const kindOf = { site: 'site', series: 'series', person: 'person', event: 'event', programme: 'programme' } as const;

function validator(name: ContentSchemaName) {
	return new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(root, jsonSchemaPath(name)), 'utf8')));
}

describe('JSON Schemas for editors', () => {
	it.each(names)('for %s files are up to date with the Zod schemas (run `npm run schemas` if not)', (name) => {
		expect(readFileSync(join(root, jsonSchemaPath(name)), 'utf8')).toBe(jsonSchemaText(name));
	});

	it('accept every real content file', () => {
		const { files } = readContentFiles(join(root, 'content'), root);
		expect(files.length).toBeGreaterThan(150);
		const validators = Object.fromEntries(names.map((name) => [kindOf[name], validator(name)]));
		const rejected = files.filter((file) => !validators[file.kind]!(file.data)).map((file) => file.file);
		expect(rejected).toEqual([]);
	});

	it('reject a misspelt field and a time written the wrong way, as the editor underlines them', () => {
		const event = parse(readFileSync(join(fixturesDir, 'bad/unknown-field/events/demo-2024/event.yaml'), 'utf8'));
		expect(validator('event')(event)).toBe(false);
		const programme = parse(readFileSync(join(fixturesDir, 'bad/invalid-time/events/demo-2024/programme.yaml'), 'utf8'));
		const validate = validator('programme');
		expect(validate(programme)).toBe(false);
		expect(validate.errors?.[0]?.instancePath).toBe('/days/0/sessions/1/start');
	});

	it('are mapped to the content files in the VS Code settings', () => {
		const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'));
		expect(settings['yaml.schemas']).toEqual(Object.fromEntries(names.map((name) => [`./${jsonSchemaPath(name)}`, contentSchemas[name].files])));
	});
});
