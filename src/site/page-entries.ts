import { getCollection, type CollectionEntry } from 'astro:content';
import { pageAddress } from '../model/organizer-pages.ts';
import { getModel } from './get-model.ts';

/**
 * Queries over the `pages` collection, in one place so that routes never repeat a filter:
 * drafts are built by `astro dev` and left out of production builds.
 */

export type PageEntry = CollectionEntry<'pages'>;

async function publishedPages(): Promise<PageEntry[]> {
	// Astro warns that an empty collection "does not exist": a site without pages is no mistake.
	if (getModel().pages.length === 0) return [];
	const entries = await getCollection('pages', (entry) => import.meta.env.DEV || !entry.data.draft);
	return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Pages at `/<slug>/`. */
export async function sitePages(): Promise<Array<{ entry: PageEntry; slug: string }>> {
	return (await publishedPages()).flatMap((entry) => {
		const address = pageAddress(entry.id);
		return address.event ? [] : [{ entry, slug: address.slug }];
	});
}

/** Pages at `/events/<event>/<slug>/`. */
export async function eventPages(): Promise<Array<{ entry: PageEntry; event: string; slug: string }>> {
	return (await publishedPages()).flatMap((entry) => {
		const { event, slug } = pageAddress(entry.id);
		// A draft event's pages are built with it, by `astro dev` only.
		return event && getModel().eventById.has(event) ? [{ entry, event, slug }] : [];
	});
}
