import type { PageComponentName } from '../schemas/components.ts';
import type { PageData } from '../schemas/page.ts';

/**
 * Organizers' own pages (`content/pages/`, `content/events/<event>/pages/`) as the site shows
 * them: their ids and addresses, and the menus they appear in. src/loading/pages.ts reads and
 * checks the files; Astro renders their bodies.
 */

/** A page as the site's menus and listings need it. */
export interface Page {
	/** The collection entry id: `pages/about` or `events/item-2020/pages/call-for-papers`. */
	id: string;
	/** The last part of the address, from the file name. */
	slug: string;
	/** The event whose page it is; absent for site pages. */
	event?: string;
	/** Path from the project root. */
	file: string;
	title: string;
	description: string;
	menu: PageData['menu'];
	draft: boolean;
	/** The Lectern components the page uses. */
	components: PageComponentName[];
	/** The images its body shows: each address as written ("../images/map.png") to the file's path inside the content folder. */
	images: Record<string, string>;
}

/** The collection id of a page file, from its path below the content folder. */
export function pageId(ref: Pick<Page, 'slug' | 'event'>): string {
	return ref.event ? `events/${ref.event}/pages/${ref.slug}` : `pages/${ref.slug}`;
}

/** Splits a collection id back into the page's event (if any) and slug. */
export function pageAddress(id: string): { event?: string; slug: string } {
	const match = /^(?:events\/([^/]+)\/)?pages\/([^/]+)$/.exec(id);
	if (!match) throw new Error(`"${id}" is not the id of a page`);
	return match[1] ? { event: match[1], slug: match[2]! } : { slug: match[2]! };
}

/** The site path of a page, without the deployment base. */
export function pagePath(page: Pick<Page, 'event' | 'slug'>): string {
	return page.event ? `/events/${page.event}/${page.slug}/` : `/${page.slug}/`;
}

/** The pages of a menu (the site's, or one event's) in menu order; drafts only when asked. */
export function menuPages(pages: readonly Page[], event: string | undefined, includeDrafts = false): Page[] {
	return pages
		.filter((page) => page.event === event && !page.menu.hidden && (includeDrafts || !page.draft))
		.sort((a, b) => a.menu.order - b.menu.order || menuLabel(a).localeCompare(menuLabel(b), 'en'));
}

/** A page's text in a menu. */
export const menuLabel = (page: Pick<Page, 'title' | 'menu'>): string => page.menu.label ?? page.title;
