import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index from the finished site, as the last step of `astro build`.
 * The index goes into the output folder itself (never `public/`), so it always matches the pages.
 * Pages mark what to index with `data-pagefind-body` (see the Base layout) and leave out, with
 * `data-pagefind-ignore`, what describes other pages (a talk's neighbours, a person's talk list):
 * a search then finds each talk once, and the indexer needs about half the memory.
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
				const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				await close();
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}
