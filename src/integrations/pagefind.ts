import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { listFiles, stampOf, writeIfChanged } from './output-files.ts';

/** Where the index goes in the output folder. */
const searchIndexFolder = 'pagefind';

/** Whether a file of the output folder is part of the search index, which removes its own stale files. */
export const isSearchIndexFile = (file: string) => file.startsWith(`${searchIndexFolder}/`);

/** How the index is made; part of what decides whether the last build's index still holds. */
const indexOptions = { forceLanguage: 'en' };
const pagefindVersion: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;

/** What the last build indexed, kept beside Astro's cache. */
interface SearchRecord {
	/** Digest of everything the index is made from: Pagefind's version and options, every page's path and bytes. */
	input: string;
	/** Each page's stamp and digest, so that a page the build did not write is not read again. */
	pages: Record<string, [stamp: string, digest: string]>;
	/** The stamp of each file of the index as written. */
	index: Record<string, string>;
}

function readRecord(file: string): SearchRecord | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as SearchRecord;
	} catch {
		return undefined;
	}
}

/** One buffer for reading every page: digesting 28,000 pages (350 MB) then allocates nothing per page. */
const chunk = Buffer.alloc(1 << 16);

/** The SHA-256 of a file's bytes, read a chunk at a time. */
function digestOf(path: string): string {
	const hash = createHash('sha256');
	const fd = openSync(path, 'r');
	try {
		for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, read));
	} finally {
		closeSync(fd);
	}
	return hash.digest('hex');
}

/**
 * The pages Pagefind reads (every HTML file outside its own folder), each with its stamp and the
 * digest of its bytes, and one digest of them all with Pagefind's version and options. A page whose
 * stamp is the last build's keeps its digest unread: after one edit at 5,000 talks a few hundred
 * of 8,000 pages are read.
 */
function searchInput(outDir: string, files: readonly string[], last: SearchRecord | undefined): Pick<SearchRecord, 'input' | 'pages'> {
	const pages: SearchRecord['pages'] = {};
	const input = createHash('sha256').update(`${pagefindVersion}\0${JSON.stringify(indexOptions)}`);
	for (const file of files) {
		if (!file.endsWith('.html') || isSearchIndexFile(file)) continue;
		const path = join(outDir, file);
		const stamp = stampOf(path)!; // listed just now
		const known = last?.pages[file];
		const digest = known?.[0] === stamp ? known[1] : digestOf(path);
		pages[file] = [stamp, digest];
		input.update('\0').update(file).update('\0').update(digest);
	}
	return { input: input.digest('hex'), pages };
}

/** Whether the index folder holds exactly what the last build wrote there. */
const indexIntact = (outDir: string, files: readonly string[], last: SearchRecord) => {
	const indexFiles = files.filter(isSearchIndexFile);
	return indexFiles.length === Object.keys(last.index).length && indexFiles.every((file) => last.index[file] === stampOf(join(outDir, file)));
};

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
 * removed. After one edit at 5,000 talks that is a few files of 8,000. Pagefind has no incremental
 * mode, so it reads every page again whatever changed (about 5 s at 5,000 talks); when no page
 * changed at all (a nightly build, a build run again, an edit no page shows) and the index is as
 * the last build wrote it, the index stays as it is: Pagefind's output depends only on its
 * version, its options and the pages.
 */
export function pagefind(): AstroIntegration {
	let recordFile = '';
	return {
		name: 'lectern:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				recordFile = fileURLToPath(new URL('lectern-search.json', config.cacheDir));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = listFiles(outDir);
				const last = readRecord(recordFile);
				// Written again only once the index is: a build that stops half-way leaves no record.
				rmSync(recordFile, { force: true });
				const { input, pages } = searchInput(outDir, files, last);
				if (last?.input === input && indexIntact(outDir, files, last)) {
					logger.info(`The pages are those of the last build: its search index of ${Object.keys(pages).length} pages stays.`);
					writeRecord(recordFile, { input, pages, index: last.index });
					return;
				}
				collectGarbage();
				const { index, errors } = await createIndex(indexOptions);
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const { files: indexFiles, errors: failed } = await index.getFiles();
				if (failed.length) throw new Error(`Pagefind could not build its index: ${failed.join('; ')}`);
				const indexDir = join(outDir, searchIndexFolder);
				const wanted = new Set<string>();
				for (const file of indexFiles) {
					const name = file.path.split(sep).join('/');
					wanted.add(name);
					writeIfChanged(join(indexDir, name), file.content);
				}
				for (const name of listFiles(indexDir)) if (!wanted.has(name)) unlinkSync(join(indexDir, name));
				await close();
				const written = Object.fromEntries([...wanted].sort().map((name) => [`${searchIndexFolder}/${name}`, stampOf(join(indexDir, name))!]));
				writeRecord(recordFile, { input, pages, index: written });
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}

function writeRecord(file: string, record: SearchRecord): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(record));
}
