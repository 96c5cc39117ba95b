import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { defaultContentDir } from './lib/load.ts';
import { PageSchema } from './schemas/page.ts';

/**
 * Organizers' pages: `content/pages/<slug>.md(x)` and `content/events/<event>/pages/<slug>.md(x)`,
 * in the content folder `LECTERN_CONTENT` names. `npm run check` has validated them (front matter,
 * component props, safety) before Astro loads them; the ids are the paths without extension,
 * e.g. `events/item-2020/pages/call-for-papers` (see src/lib/pages.ts).
 */
const pages = defineCollection({
	loader: glob({
		pattern: ['pages/*.{md,mdx}', 'events/*/pages/*.{md,mdx}'],
		base: pathToFileURL(`${defaultContentDir()}/`),
		generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
	}),
	schema: PageSchema,
});

export const collections = { pages };
