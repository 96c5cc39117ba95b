import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The content folder of this project, or `LECTERN_CONTENT` when set (tests and benchmarks). An
 * empty `LECTERN_CONTENT` counts as unset: read as a path it would be the project folder itself.
 */
export function defaultContentDir(): string {
	return resolve(process.env.LECTERN_CONTENT || 'content');
}

/**
 * Astro's cache folder (`cacheDir`), which also keeps the content check's results
 * (`content-cache.ts`): one per content folder, so building the test fixture (`LECTERN_CONTENT`)
 * never reuses the real pages. `LECTERN_CACHE_DIR` overrides it: the benchmarks and the
 * incremental-build test start from a fresh one.
 */
export function defaultCacheDir(): string {
	if (process.env.LECTERN_CACHE_DIR) return process.env.LECTERN_CACHE_DIR;
	const content = process.env.LECTERN_CONTENT;
	return content ? `./node_modules/.astro/${content.replace(/[^\w-]+/g, '-')}/` : './node_modules/.astro/';
}

/** A path as the organizer commands show it: relative to where the command runs, or in full when outside that folder. */
export function shownPath(path: string): string {
	const fromHere = relative(process.cwd(), path);
	return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere || '.';
}
