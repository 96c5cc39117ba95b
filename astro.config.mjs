// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { calendars, isCalendarFile } from './src/integrations/calendar-files.ts';
import { freshPages } from './src/integrations/fresh-pages.ts';
import { headers } from './src/integrations/headers.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { offline } from './src/integrations/offline.ts';
import { isSearchIndexFile, pagefind } from './src/integrations/pagefind.ts';
import { placeholderSite, siteAddress } from './src/integrations/site-address.ts';
import { defaultCacheDir, defaultContentDir } from './src/loading/content-dir.ts';

// The search index and the talks' and sessions' calendars remove their own stale files.
const output = keptOutput({ owners: [isSearchIndexFile, isCalendarFile] });

// SITE_URL and BASE_PATH let CI deploy under any host and sub-path (see README, "Deploy").
export default defineConfig({
	site: process.env.SITE_URL ?? placeholderSite,
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// Four pages in flight: while one page's files are written (a round trip through Node's thread
	// pool each), the next is rendered. Clean builds at 5,029 talks 61-64 s instead of 81-93 s, at
	// 20,000 talks 136-184 s instead of 211-266 s; peak memory at 20,000 talks 2.4 GB
	// (docs/performance.md).
	build: { concurrency: 4 },
	// The content layer caches collection entries by id (src/content.config.ts), and Lectern the
	// validated content files: one cache per content folder (LECTERN_CONTENT) or LECTERN_CACHE_DIR.
	cacheDir: defaultCacheDir(),
	// Content comes in through the content layer: src/content.config.ts. offline() after the
	// others that write: its service worker lists their files, the search index included. The
	// output folder is kept from build to build: output.keep first, output.record last.
	integrations: [siteAddress(), output.keep, freshPages(), mdx(), sitemap({ filter: (page) => !page.endsWith('/offline/') }), headers(), calendars(), pagefind(), offline(), output.record],
	experimental: {
		// Pages whose getStaticPaths() gives a cacheKey (src/site/page-keys.ts) are reused from the
		// previous build when their key and their code are unchanged. Astro keeps the manifest and
		// copies in cacheDir (incremental-build.json, dist/); CI keeps that folder between runs.
		incrementalBuild: true,
	},
	vite: {
		build: {
			// Scripts as files, never inlined: the Content-Security-Policy then needs no 'unsafe-inline'.
			assetsInlineLimit: 0,
			rolldownOptions: {
				// @astrojs/mdx marks every MDX page with a directive that the bundler warns about, in a
				// large block naming the organizer's file. Nothing is wrong with the page; Astro handles it.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
		// Images from the content folder, wherever LECTERN_CONTENT puts it (src/site/content-images.ts).
		resolve: { alias: { '@content': defaultContentDir() } },
		// Build output and benchmark corpora are not sources: watching their tens of thousands of
		// files would exhaust the system's file watchers and stop `npm run dev` seeing edits.
		server: {
			watch: {
				ignored: ['**/dist/**', '**/dist-fixture/**', '**/bench-out/**', '**/test-results/**'],
				// Report a change once the file has stopped growing. Editors that save in place
				// truncate first: a change read in that moment found an empty page, and the write
				// right after it fell within the watcher's 50 ms of silence per file, so the page
				// stayed broken or stale until the next save.
				awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 },
			},
		},
	},
});
