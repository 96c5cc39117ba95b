import { unlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { listFiles, writeIfChanged } from './output-files.ts';

/** Where the index goes in the output folder. */
const searchIndexFolder = 'pagefind';

/** Whether a file of the output folder is part of the search index, which removes its own stale files. */
export const isSearchIndexFile = (file: string) => file.startsWith(`${searchIndexFolder}/`);

/**
 * Runs a full garbage collection, if Node lets a running process ask for one. Astro's process
 * holds the native memory behind garbage of its build (Vite's bundles, the pages' buffers) until
 * a full collection finalizes it, and nothing prompts one while the process waits for the
 * indexer: at 20,000 talks about 600 MB that otherwise sat beside the indexer's 1.3 GB.
 */
function collectGarbage(): void {
	setFlagsFromString('--expose-gc');
	const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
	if (typeof gc === 'function') gc();
}

/**
 * Builds the Pagefind search index from the finished site, as the last step of `astro build`.
 * The index goes into the output folder itself (never `public/`), so it always matches the pages.
 * Pages mark what to index with `data-pagefind-body` (see the Base layout) and leave out, with
 * `data-pagefind-ignore`, what describes other pages (a talk's neighbours, a person's talk list):
 * a search then finds each talk once, and the indexer needs about half the memory.
 *
 * The output folder is kept between builds (kept-output.ts), so the index's folder may hold the
 * last build's index: only its new or changed files are written, and those it no longer has are
 * removed. After one edit at 5,000 talks that is a few files of 8,000.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'lectern:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				collectGarbage();
				const { index, errors } = await createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const { files, errors: failed } = await index.getFiles();
				if (failed.length) throw new Error(`Pagefind could not build its index: ${failed.join('; ')}`);
				const indexDir = join(outDir, searchIndexFolder);
				const wanted = new Set<string>();
				for (const file of files) {
					const name = file.path.split(sep).join('/');
					wanted.add(name);
					writeIfChanged(join(indexDir, name), file.content);
				}
				for (const name of listFiles(indexDir)) if (!wanted.has(name)) unlinkSync(join(indexDir, name));
				await close();
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}
