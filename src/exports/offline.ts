/**
 * Offline use at the venue: which requests the service worker answers and how. HTML and data
 * (calendars, schedule feeds, the agenda's talk list) come from the network first, so a visitor
 * online always sees the latest programme, and from the cache when the network is gone; assets
 * (CSS, scripts, the search index) come from the cache at once and are refreshed behind it.
 * No dependencies: this module is bundled into the service worker.
 */

export type Strategy = 'network-first' | 'stale-while-revalidate' | 'none';

/** Caches the worker owns start with this; a new build's static cache replaces the old one. */
export const cachePrefix = 'offline-';
/** Pages the visitor opened or kept: revalidated on each visit, kept across deploys. */
export const pagesCache = `${cachePrefix}pages`;
/** Scripts, styles and other assets, refreshed in the background. */
export const assetsCache = `${cachePrefix}assets`;
/** What each build precaches (agenda, search and its index), named by the build's hash. */
export const staticCache = (version: string) => `${cachePrefix}static-${version}`;

const dataFile = /\.(?:html|json|ics|xml|webmanifest)$/;

/** How a GET request is answered: `none` leaves it to the browser (other sites, outside the scope). */
export function strategyFor(url: URL, scope: URL, navigate = false): Strategy {
	if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return 'none';
	if (navigate || url.pathname.endsWith('/') || dataFile.test(url.pathname)) return 'network-first';
	return 'stale-while-revalidate';
}

/**
 * The cache key of a page: its address without query or fragment, so a filtered programme
 * (`?room=…`) or a search (`?q=…`) opens offline from the page as saved.
 */
export function pageKey(url: URL): string {
	return `${url.origin}${url.pathname}`;
}

/** The site's own styles, scripts and icons that an HTML page loads, as absolute URLs. */
export function pageAssets(html: string, pageUrl: URL, scope: URL): string[] {
	const assets = new Set<string>();
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
		const isAsset = /^<script/.test(tag) || /rel="(?:stylesheet|icon|manifest)"/.test(tag);
		const value = /\s(?:href|src)="([^"]+)"/.exec(tag)?.[1];
		if (!isAsset || !value) continue;
		const url = new URL(value.replaceAll('&amp;', '&'), pageUrl);
		if (strategyFor(url, scope) !== 'none') assets.add(url.href);
	}
	return [...assets];
}
