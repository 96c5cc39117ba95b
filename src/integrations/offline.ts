import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Every file below a folder, relative to it with forward slashes, sorted: the same order on every machine. */
function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The worker's file, at the site's base so that its scope is the whole site. */
export const serviceWorkerFile = 'sw.js';

/**
 * What a new visitor's browser keeps from the start, as paths relative to the base: the agenda,
 * search and its whole index, with the assets those pages load. Programme, talk and person pages
 * are kept as the visitor opens them.
 */
export function precacheList(files: readonly string[], read: (file: string) => string): string[] {
	const pages = ['agenda/index.html', 'search/index.html'].filter((file) => files.includes(file));
	const assets = pages.flatMap((page) =>
		[...read(page).matchAll(/<(?:link|script)\b[^>]*\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href.includes('/_astro/')),
	);
	const base = (path: string) => path.replace(/^.*?\/_astro\//, '_astro/');
	return [
		...pages.map((page) => page.replace(/index\.html$/, '')),
		...files.filter((file) => file === 'agenda/talks.json' || file === 'manifest.webmanifest' || file === 'favicon.svg' || file.startsWith('pagefind/')),
		...new Set(assets.map(base)),
	];
}

/** A hash of every file the build wrote: the worker's version, so each deploy replaces the last one's cache, and no timestamps. */
export function buildVersion(files: readonly string[], read: (file: string) => Buffer): string {
	const hash = createHash('sha256');
	for (const file of files) hash.update(file).update('\0').update(read(file)).update('\0');
	return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the service worker (src/scripts/service-worker.ts, bundled by esbuild) into the built
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
				const precache = precacheList(files, (file) => readFileSync(join(outDir, file), 'utf8'));
				const version = buildVersion(files, (file) => readFileSync(join(outDir, file)));
				const result = await build({
					entryPoints: [fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url))],
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
