import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { listFiles } from './output-files.ts';

/** The worker's file, at the site's base so that its scope is the whole site. */
export const serviceWorkerFile = 'sw.js';

/**
 * Search results' texts (Pagefind's fragments, one per page) are kept from the start while they
 * weigh at most this together: a workshop series' few hundred kilobytes. A large conference's
 * (7.6 MB in 7,874 files at 5,000 talks) are kept as the visitor searches, so that a phone does
 * not download them all on its first visit; offline search then shows those it has.
 */
export const precachedFragmentsBudget = 1024 * 1024;

/**
 * The Talks and People indexes are kept from the start while they weigh at most this together: a
 * workshop series' (about 70 kB), so that at the venue every talk and speaker can be looked up
 * offline. A large conference's (3 MB at 5,000 talks) are kept once the visitor opens them.
 */
export const precachedIndexesBudget = 512 * 1024;
const indexPages = ['talks/index.html', 'people/index.html'];

/**
 * What a new visitor's browser keeps from the start, as paths relative to the base: the home page,
 * the offline page, the agenda, search and its index, the Talks and People indexes within their
 * budget, and the site's styles and scripts. Programme, talk and person pages are kept as the
 * visitor opens them. `sizeOf` gives a file's size in bytes.
 */
export function precacheList(files: readonly string[], sizeOf: (file: string) => number): string[] {
	const weight = (list: readonly string[]) => list.reduce((total, file) => total + sizeOf(file), 0);
	const fragmentsFit = weight(files.filter(searchFragment)) <= precachedFragmentsBudget;
	const indexes = indexPages.filter((file) => files.includes(file));
	const pages = ['index.html', 'offline/index.html', 'agenda/index.html', 'search/index.html'].filter((file) => files.includes(file));
	return [
		// The home page (where an installed site opens), the page for what was never saved, agenda and search, and the indexes of talks and people while small.
		...[...pages, ...(weight(indexes) <= precachedIndexesBudget ? indexes : [])].map((file) => file.replace(/index\.html$/, '')),
		// Every style and script of the site (tens of kilobytes): pages kept for offline use need theirs, and scripts import shared chunks the HTML does not name.
		...files.filter(
			(file) =>
				file.startsWith('_astro/') ||
				['agenda/talks.json', 'manifest.webmanifest', 'favicon.svg'].includes(file) ||
				(searchIndexFile(file) && (fragmentsFit || !searchFragment(file))),
		),
	];
}

/** Pagefind's index and the code that reads it; not its ready-made UIs, which the site does not use. */
const searchIndexFile = (file: string) => file.startsWith('pagefind/') && !/^pagefind\/pagefind-(?:component-ui|modular-ui|ui|highlight)\./.test(file);
const searchFragment = (file: string) => file.startsWith('pagefind/fragment/');

/**
 * The worker's version: a hash of the files it keeps from the start (names and bytes), no
 * timestamps. A deploy that changes any of them replaces the last one's cache; pages are fetched
 * network-first, so they need no version. Hashing only these (148 files at 5,000 talks) rather
 * than every file of the site (22,700) saves about a second of every build.
 */
export function buildVersion(precache: readonly string[], read: (file: string) => Buffer): string {
	const hash = createHash('sha256');
	for (const file of precache) hash.update(file).update('\0').update(read(file)).update('\0');
	return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the service worker (src/browser/service-worker.ts, bundled by esbuild) into the built
 * site once everything else, the search index included, is there. Runs after the Pagefind
 * integration, which is listed before it.
 */
export function offline(): AstroIntegration {
	return {
		name: 'lectern:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = listFiles(outDir).filter((file) => file !== serviceWorkerFile);
				const precache = precacheList(files, (file) => statSync(join(outDir, file)).size);
				// Precached folders ('agenda/') are their index pages.
				const version = buildVersion(precache, (file) => readFileSync(join(outDir, file === '' || file.endsWith('/') ? `${file}index.html` : file)));
				const result = await build({
					entryPoints: [fileURLToPath(new URL('../browser/service-worker.ts', import.meta.url))],
					bundle: true,
					format: 'iife',
					minify: true,
					target: 'es2022',
					write: false,
					legalComments: 'none',
					define: { LECTERN_OFFLINE: JSON.stringify({ version, precache }) },
				});
				writeFileSync(join(outDir, serviceWorkerFile), result.outputFiles[0]!.contents);
				logger.info(`Wrote the service worker: ${precache.length} files kept from the start, version ${version}.`);
			},
		},
	};
}
