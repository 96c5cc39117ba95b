import { defineCollection } from 'astro:content';
import { collectionSchemas, lecternLoaders } from './lib/content-loader.ts';

/**
 * Lectern's content as Astro content collections: `getCollection('talks')` and the like work in
 * any page. One loader reads and checks all of content/ (or LECTERN_CONTENT) at once; see
 * src/lib/content-loader.ts for what each collection holds.
 */
const loaders = lecternLoaders();

export const collections = {
	series: defineCollection({ loader: loaders.series, schema: collectionSchemas.series }),
	people: defineCollection({ loader: loaders.people, schema: collectionSchemas.people }),
	events: defineCollection({ loader: loaders.events, schema: collectionSchemas.events }),
	sessions: defineCollection({ loader: loaders.sessions, schema: collectionSchemas.sessions }),
	talks: defineCollection({ loader: loaders.talks, schema: collectionSchemas.talks }),
};
