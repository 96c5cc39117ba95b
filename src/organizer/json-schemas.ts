import { z } from 'astro/zod';
import { EventSchema } from '../schemas/event.ts';
import { PersonSchema } from '../schemas/person.ts';
import { ProgrammeSchema } from '../schemas/programme.ts';
import { SeriesSchema } from '../schemas/series.ts';
import { SiteSchema } from '../schemas/site.ts';

/**
 * JSON Schemas of the content files, generated from the Zod schemas, for editors with the YAML
 * language server: completion and red squiggles while typing. They describe the input an
 * organizer writes; checks that span files or need code (references, real dates, time zones,
 * overlaps) remain `npm run check`'s.
 */

// Titles name the file, not the tool: the schemas are published with the site.
export const contentSchemas = {
	site: { schema: SiteSchema, files: 'content/site.yaml', title: 'Site settings' },
	series: { schema: SeriesSchema, files: 'content/series/*.yaml', title: 'Workshop series' },
	person: { schema: PersonSchema, files: 'content/people/*.yaml', title: 'Person' },
	event: { schema: EventSchema, files: 'content/events/*/event.yaml', title: 'Event' },
	programme: { schema: ProgrammeSchema, files: 'content/events/*/programme.yaml', title: 'Programme' },
} as const;

export type ContentSchemaName = keyof typeof contentSchemas;

/** Where the JSON Schemas live: published with the site, and referenced by editors. */
export const jsonSchemaPath = (name: ContentSchemaName) => `public/schemas/${name}.schema.json`;

/** The JSON Schema of one kind of content file, as the text written to disk. */
export function jsonSchemaText(name: ContentSchemaName): string {
	const { schema, title } = contentSchemas[name];
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
	return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
