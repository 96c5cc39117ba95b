/**
 * `npm run schemas`: writes the JSON Schemas of the content files (for editor completion) from
 * the Zod schemas. A test fails when they are out of date, so run this after changing a schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentSchemas, jsonSchemaPath, jsonSchemaText, type ContentSchemaName } from '../src/organizer/json-schemas.ts';

for (const name of Object.keys(contentSchemas) as ContentSchemaName[]) {
	const path = jsonSchemaPath(name);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, jsonSchemaText(name));
	console.log(`wrote ${path}`);
}
