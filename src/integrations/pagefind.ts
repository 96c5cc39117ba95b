import { unlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { listFiles } from './output-files.ts';

/** Where the index goes in the output folder. */
export const searchIndexFolder = 'pagefind';

/**
 * Builds the Pagefind search index from the finished site, as the last step of `astro build`.
 * The index goes into the output folder itself (never `public/`), so it always matches the pages.
 * Pages mark what to index with `data-pagefind-body` (see the Base layout) and leave out, with
 * `data-pagefind-ignore`, what describes other pages (a talk's neighbours, a person's talk list):
 * a search then finds each talk once, and the indexer needs about half the memory.
 *
 * The output folder is kept between builds (kept-output.ts) and Pagefind leaves a file it finds
 * already written alone (its names are hashes of their contents), so the files of the last index
 * that this one does not have are removed here.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'lectern:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const indexDir = join(outDir, searchIndexFolder);
				const written = await index.writeFiles({ outputPath: indexDir });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				const current = await index.getFiles();
				if (current.errors.length) throw new Error(`Pagefind could not list its index: ${current.errors.join('; ')}`);
				const kept = new Set(current.files.map((file) => file.path.split(sep).join('/')));
				for (const file of listFiles(indexDir)) if (!kept.has(file)) unlinkSync(join(indexDir, file));
				await close();
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}
