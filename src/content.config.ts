import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { collectionSchemas, lecternLoaders } from './loading/content-loader.ts';
import { defaultContentDir } from './loading/content-dir.ts';
import { PageSchema } from './schemas/page.ts';

/**
 * Lectern's content as Astro content collections: `getCollection('talks')` and the like work in
 * any page. One loader reads and checks all of content/ (or LECTERN_CONTENT) at once; see
 * src/loading/content-loader.ts for what each collection holds.
 */
const loaders = lecternLoaders();

/**
 * Organizers' pages: `content/pages/<slug>.md(x)` and `content/events/<event>/pages/<slug>.md(x)`.
 * The Lectern loader has checked them (front matter, component props, safety) with the rest of
 * the content; the ids are the paths without extension, e.g. `events/item-2020/pages/call-for-papers`.
 */
const pages = defineCollection({
	loader: glob({
		pattern: ['pages/*.{md,mdx}', 'events/*/pages/*.{md,mdx}'],
		base: pathToFileURL(`${defaultContentDir()}/`),
		generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
	}),
	schema: PageSchema,
});

export const collections = {
	series: defineCollection({ loader: loaders.series, schema: collectionSchemas.series }),
	people: defineCollection({ loader: loaders.people, schema: collectionSchemas.people }),
	events: defineCollection({ loader: loaders.events, schema: collectionSchemas.events }),
	sessions: defineCollection({ loader: loaders.sessions, schema: collectionSchemas.sessions }),
	talks: defineCollection({ loader: loaders.talks, schema: collectionSchemas.talks }),
	pages,
};
