import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles, removeFiles, stampOf } from './output-files.ts';

const stamps = (dir: string) => new Map(listFiles(dir).map((file) => [file, stampOf(join(dir, file))!]));

/** One digest for the output folder: where it is and every file's stamp. */
function fingerprint(dir: string, files: ReadonlyMap<string, string>): string {
	const hash = createHash('sha256').update(dir);
	for (const [file, stamp] of files) hash.update('\0').update(file).update('\0').update(stamp);
	return hash.digest('hex');
}

/** Empties the output folder as Astro would, keeping a `.git` folder (a deploy branch). */
function empty(dir: string): void {
	if (!existsSync(dir)) return;
	for (const entry of readdirSync(dir)) if (entry !== '.git') rmSync(join(dir, entry), { recursive: true, force: true });
}

/**
 * Keeps the previous build's output folder instead of emptying it. Astro's incremental build then
 * leaves each page it can reuse where it is, rather than copying it back from its cache: at
 * 5,000 talks a rebuild after one edit copied 14,000 files (docs/performance.md).
 *
 * That is safe only while the folder holds exactly what the last build left. `record`, the last
 * integration, writes a fingerprint of the finished folder (every file's size and time of change)
 * beside Astro's cache; `keep`, the first, compares the folder with it at the start of the next
 * build. No record (a first build, a build that stopped half-way, another cache) or any
 * difference: the folder is emptied as Astro would. Once the pages are written, `keep` removes
 * each file unchanged since the start that no page or endpoint of this build produced: a deleted
 * talk's page, the last build's scripts, a file gone from `public/`. Integrations that write
 * later rewrite their files, except the files `owners` claim (the search index, the talks' and
 * sessions' calendars): those integrations remove their stale files themselves.
 */
export function keptOutput({ owners = [] }: { owners?: ReadonlyArray<(file: string) => boolean> } = {}): { keep: AstroIntegration; record: AstroIntegration } {
	let outDir = '';
	let recordFile = '';
	let atStart = new Map<string, string>();
	const owned = (file: string) => owners.some((owns) => owns(file));
	return {
		keep: {
			name: 'lectern:kept-output',
			hooks: {
				'astro:config:setup': ({ updateConfig }) => {
					updateConfig({ vite: { build: { emptyOutDir: false } } });
				},
				'astro:config:done': ({ config }) => {
					outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
					recordFile = fileURLToPath(new URL('lectern-output.sha256', config.cacheDir));
				},
				'astro:build:start': ({ logger }) => {
					const recorded = existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : undefined;
					rmSync(recordFile, { force: true });
					atStart = existsSync(outDir) ? stamps(outDir) : new Map();
					if (recorded === fingerprint(outDir, atStart)) return;
					if (recorded !== undefined && atStart.size > 0) logger.info('The output folder changed since the last build: emptied; reused pages are copied from the cache.');
					empty(outDir);
					atStart = new Map();
				},
				'astro:build:done': ({ assets }) => {
					const produced = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')));
					const stale = [...atStart].filter(([file, stamp]) => !produced.has(file) && !owned(file) && stampOf(join(outDir, file)) === stamp);
					removeFiles(outDir, stale.map(([file]) => file));
					atStart = new Map();
				},
			},
		},
		record: {
			name: 'lectern:kept-output-record',
			hooks: {
				'astro:build:done': () => {
					mkdirSync(dirname(recordFile), { recursive: true });
					writeFileSync(recordFile, fingerprint(outDir, stamps(outDir)));
				},
			},
		},
	};
}
