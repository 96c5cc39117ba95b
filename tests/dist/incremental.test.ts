import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, projectRoot } from '../support/dist.ts';

/**
 * Incremental builds (experimental.incrementalBuild, src/site/page-keys.ts, and the output folder
 * kept between builds, src/integrations/kept-output.ts) must give exactly what a clean build
 * gives. The fixture, plus a small second event that the edits do not touch, is built once; then,
 * for each single edit, it is built again keeping the cache and the output folder (as `npm run
 * build` on an organizer's machine would) and from scratch with a fresh cache, and the two must
 * be byte-identical.
 */

// Inside the project: the content images' glob (src/site/content-images.ts) finds no images in a
// content folder outside it.
mkdirSync(join(projectRoot, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(projectRoot, 'node_modules/.cache/lectern-incremental-'));
const content = join(work, 'content');
const outA = join(work, 'out-incremental');
const cacheA = join(work, 'cache-incremental');

function build(outDir: string, cacheDir: string): string {
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST')),
	);
	const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: projectRoot,
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1704067200', LECTERN_CONTENT: content, LECTERN_CACHE_DIR: cacheDir },
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
	return run.stdout;
}

/**
 * Pages Astro reused from the previous build rather than rendering them: left in the kept output
 * folder (cached) or copied from its cache (restored). Its log is read without the colours it adds where CI is set.
 */
const reusedAs = (log: string, how: 'cached' | 'restored' | 'cached|restored') =>
	log
		.replace(/\x1b\[[0-9;]*m/g, '')
		.split('\n')
		.filter((line) => new RegExp(`\\((?:${how})\\)`).test(line))
		.map((line) => /(\/\S+)\s+\(\w+\)/.exec(line)?.[1] ?? line);
const reused = (log: string) => reusedAs(log, 'cached|restored');

const digests = (dir: string) => new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));

function differences(a: string, b: string): string[] {
	const left = digests(a);
	const right = digests(b);
	const files = [...new Set([...left.keys(), ...right.keys()])].sort();
	return files.filter((file) => left.get(file) !== right.get(file)).map((file) => `${file}${!left.has(file) ? ' (only in the clean build)' : !right.has(file) ? ' (only in the incremental build)' : ''}`);
}

function replaceIn(path: string, from: string, to: string): void {
	const file = join(content, path);
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
	writeFileSync(file, text.replace(from, to));
}

const write = (path: string, text: string) => {
	mkdirSync(join(content, path, '..'), { recursive: true });
	writeFileSync(join(content, path), text);
};

describe('incremental builds', () => {
	let first = '';
	beforeAll(() => {
		cpSync(join(projectRoot, 'tests/fixtures/content/valid'), content, { recursive: true });
		// A second event with its own speaker: its pages must be copied when the edits are elsewhere.
		write('people/dana-other.yaml', 'name: Dana Other\naffiliations:\n  other-2025: Other Institute\n');
		write(
			'events/other-2025/event.yaml',
			'title: Other Workshop 2025\nshortTitle: OTHER 2025\nseries: other\nstart: "2025-09-01"\nend: "2025-09-01"\ntimezone: Europe/Paris\nvenue:\n  name: Other Hall\n  city: Paris\n  country: France\n',
		);
		write(
			'events/other-2025/programme.yaml',
			'days:\n  - date: "2025-09-01"\n    sessions:\n      - start: "10:00"\n        end: "11:00"\n        kind: papers\n        title: Other Papers\n        talks:\n          - id: other-talk\n            title: The Other Talk\n            speakers: [dana-other]\n',
		);
		first = build(outA, cacheA);
	}, 180_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('renders every page on the first build', () => {
		expect(reused(first)).toEqual([]);
	});

	// What the incremental build must copy: the other event's pages and files, only files (no page), or nothing.
	const edits: Array<[string, () => void, 'other event' | 'files only' | 'nothing']> = [
		['a talk title', () => replaceIn('events/demo-2024/programme.yaml', 'title: The First Paper', 'title: The First Paper, Revised'), 'other event'],
		['a person name', () => replaceIn('people/bob-sample.yaml', 'name: Bob Sample', 'name: Robert Sample'), 'other event'],
		['a session time', () => replaceIn('events/demo-2024/programme.yaml', '      - start: "09:00"\n        end: "10:00"\n        kind: tutorial', '      - start: "09:30"\n        end: "10:00"\n        kind: tutorial'), 'other event'],
		['an event’s dates', () => replaceIn('events/demo-2024/event.yaml', 'end: "2024-06-11"', 'end: "2024-06-12"'), 'other event'],
		// The kept output folder must lose the talk's page and calendar, and the search index its text.
		[
			'the programme to remove a talk',
			() => replaceIn('events/demo-2024/programme.yaml', '          - id: fifteen-minutes\n            title: Fifteen Minutes\n            kind: short-paper\n            speakers: [alice-example]\n            start: "11:45"\n            end: "12:00"\n', ''),
			'other event',
		],
		// Images are modules of the pages' code: Astro renders every page again, not only the event's.
		['an event logo replaced under the same name', () => replaceIn('events/demo-2024/logo.svg', 'fill="#00695c"', 'fill="#6a1b9a"'), 'files only'],
		['the site name', () => replaceIn('site.yaml', 'name: Demo Test Workshops', 'name: Demo Test Workshops Renamed'), 'nothing'],
	];
	for (const [what, edit, copied] of edits) {
		it(`gives the clean build's output after editing ${what}`, () => {
			edit();
			const log = build(outA, cacheA);
			const outB = join(work, 'out-clean');
			const cacheB = join(work, 'cache-clean');
			rmSync(outB, { recursive: true, force: true });
			rmSync(cacheB, { recursive: true, force: true });
			build(outB, cacheB);
			expect(differences(outA, outB)).toEqual([]);
			// Every edit here changes pages, so the search index must have been made again.
			expect(log).toMatch(/Indexed \d+ pages for search/);
			// The check has teeth only if pages were in fact copied: the other event's, unless every page changed.
			if (copied === 'other event') expect(reused(log)).toEqual(expect.arrayContaining(['/events/other-2025/talks/other-talk/index.html', '/events/other-2025/schedule.json', '/events/other-2025/calendar.ics']));
			else if (copied === 'files only') expect(reused(log).filter((path) => path.endsWith('.html'))).toEqual([]);
			else expect(reused(log)).toEqual([]);
		}, 300_000);
	}

	it('keeps the search index when no page changed', () => {
		const log = build(outA, cacheA);
		expect(log).toMatch(/The pages are those of the last build: its search index of \d+ pages stays/);
		expect(log).not.toMatch(/Indexed \d+ pages for search/);
		expect(differences(outA, join(work, 'out-clean'))).toEqual([]);
	}, 300_000);

	it('empties an output folder changed since the last build, and copies reused pages from the cache', () => {
		const page = join(outA, 'events/other-2025/talks/other-talk/index.html');
		writeFileSync(page, readFileSync(page, 'utf8').replace('The Other Talk', 'A Talk Changed by Hand'));
		writeFileSync(join(outA, 'left-by-hand.txt'), 'not part of the site');
		const log = build(outA, cacheA);
		expect(log).toContain('The output folder changed since the last build');
		expect(reusedAs(log, 'restored')).toEqual(expect.arrayContaining(['/events/other-2025/talks/other-talk/index.html']));
		expect(reusedAs(log, 'cached')).toEqual([]);
		const outB = join(work, 'out-clean');
		expect(differences(outA, outB)).toEqual([]);
	}, 300_000);
});
