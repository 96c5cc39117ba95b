/**
 * `npm run bench:hugo`: the same synthetic corpus built by Lectern and by Hugo.
 *
 * Generates the shared corpus (../shared/bench/gen.mjs, or LECTERN_BENCH_SHARED) at `--talks`,
 * converts it for both generators, then builds alternately `--runs` times each:
 * - Lectern full: `astro build` (what `npm run build` runs: content check, pages, Pagefind) into a
 *   new output folder with a new cache folder (no content-layer store, no incremental cache);
 * - Hugo full: `hugo --quiet` into a new output folder;
 * - Lectern incremental: after a full build, one talk's title edited in the content, built again
 *   with the cache kept (src/site/page-keys.ts decides which pages are copied);
 * - Astro alone: a bare project with one route giving as many pages as Lectern's build has, each a
 *   heading and a paragraph, built as Lectern builds (four pages in flight, a cache key per page),
 *   new output and cache: what Astro itself needs to write that many pages on this machine; then
 *   built again with nothing changed: what Astro needs to start, bundle and reuse every page;
 * - Pagefind alone: its command line over Lectern's output, into a new folder: the search index
 *   that every Lectern build makes in full (Pagefind has no incremental mode).
 * Together the last two are the floor of the stack: what any Astro site with a Pagefind index of
 * this many pages takes on this machine, before Lectern does anything of its own.
 * Nothing is deleted between builds (bench-folders.ts says why): the builds' folders are in
 * `bench-out/hugo-<talks>/runs/`, emptied when the next benchmark starts.
 * Prints the medians and the ratios to Hugo's full build, with the CPU time each took (all its
 * processes, on all cores), then times `npm run check` on the same content, with the cache the last
 * build left and with none. Whole-process wall times.
 * Options: --talks 5000  --runs 3  --keep (reuse an existing corpus and conversions)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { BenchFolders } from './bench-folders.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const talks = Number(option('talks', '5000'));
const runs = Number(option('runs', '3'));
const keep = args.includes('--keep');
const root = resolve('.');
const shared = resolve(process.env.LECTERN_BENCH_SHARED ?? '../shared/bench');
const out = resolve('bench-out', `hugo-${talks}`);
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const hugoVersion = spawnSync('hugo', ['version'], { encoding: 'utf8' });
if (hugoVersion.error || hugoVersion.status !== 0) {
	console.error(
		'hugo is not installed, so the comparison is skipped. Install it with `apt-get install -y hugo`\n' +
			'(Debian/Ubuntu, 0.111 was measured) or from https://gohugo.io/installation/, then run `npm run bench:hugo` again.',
	);
	process.exit(0);
}
if (!existsSync(join(shared, 'gen.mjs'))) {
	console.error(`The shared benchmark corpus generator is not at ${shared}/gen.mjs: set LECTERN_BENCH_SHARED to its folder.`);
	process.exit(1);
}

const corpus = join(out, 'corpus');
const hugoSite = join(out, 'hugo');
const content = join(out, 'content');
const run = (command: string, commandArgs: string[]) => {
	const result = spawnSync(command, commandArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
	if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
};
const folders = new BenchFolders(join(out, 'runs'));
const regenerate = !keep || !existsSync(join(content, 'events'));
folders.removeEarlier(...(regenerate ? [corpus, hugoSite, content] : []));
if (regenerate) {
	run(process.execPath, [join(shared, 'gen.mjs'), '--talks', String(talks), '--out', corpus]);
	run(process.execPath, [join(shared, 'hugo/convert.mjs'), '--corpus', corpus, '--out', hugoSite]);
	run(process.execPath, [join(shared, 'lectern/convert.mjs'), '--corpus', corpus, '--out', content]);
}
// The converter predates the site settings, which every project needs.
if (!existsSync(join(content, 'site.yaml'))) writeFileSync(join(content, 'site.yaml'), 'name: Synthetic Workshops\ndescription: Generated programmes for the scale benchmark.\n');

/**
 * CPU seconds (user and system) of this process's ended children and theirs, from Linux's
 * /proc: the work a build gave the machine, whatever of it ran in parallel. NaN elsewhere.
 */
function childrenCpuSeconds(): number {
	if (!existsSync('/proc/self/stat')) return Number.NaN;
	const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[13]) + Number(fields[14])) / 100; // cutime and cstime, in ticks of 1/100 s
}

/** A command's wall time and CPU time, in seconds. */
interface Timing {
	seconds: number;
	cpu: number;
}

async function timed(command: string, commandArgs: string[], cwd: string, env: Record<string, string> = {}): Promise<Timing> {
	const started = performance.now();
	const cpuBefore = childrenCpuSeconds();
	const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
	if (code !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${stderr}`);
	return { seconds: (performance.now() - started) / 1000, cpu: childrenCpuSeconds() - cpuBefore };
}

await folders.settle();
/** The latest full build's output and cache folders, which the rebuilds after it reuse. */
let lecternDist = '';
let lecternCache = '';
const lecternBuild = () =>
	timed(process.execPath, [astro, 'build', '--outDir', lecternDist], root, { LECTERN_CONTENT: content, LECTERN_CACHE_DIR: lecternCache, SOURCE_DATE_EPOCH: '1704067200' });
async function lecternFull(): Promise<Timing> {
	lecternDist = folders.next('lectern-dist');
	lecternCache = folders.next('lectern-cache');
	return lecternBuild();
}
let hugoPublic = '';
async function hugoFull(): Promise<Timing> {
	hugoPublic = folders.next('hugo-public');
	return timed('hugo', ['--quiet', '--destination', hugoPublic], hugoSite);
}

const floorDir = folders.next('floor-project');
/** The bare Astro project with `pages` pages, among the benchmark's folders (its node_modules are the project's). */
function writeFloorProject(pages: number): void {
	mkdirSync(join(floorDir, 'src/pages'), { recursive: true });
	writeFileSync(join(floorDir, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
	writeFileSync(
		join(floorDir, 'astro.config.mjs'),
		// Its own Vite cache: through the linked node_modules it would share Lectern's, and each switch
		// between the two projects would make Vite optimize its dependencies again (about 1 s a build).
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: process.env.FLOOR_CACHE_DIR, build: { concurrency: 4 }, experimental: { incrementalBuild: true }, vite: { cacheDir: '.vite' } });\n",
	);
	writeFileSync(
		join(floorDir, 'src/pages/[n].astro'),
		`---\nexport function getStaticPaths() {\n\treturn Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) }, props: { n }, cacheKey: String(n) }));\n}\nconst { n } = Astro.props;\n---\n<html lang="en"><head><meta charset="utf-8" /><title>Page {n}</title></head><body><main><h1>Page {n}</h1><p>A paragraph for page {n}, about as long as a short abstract, so that the page is not empty.</p></main></body></html>\n`,
	);
	symlinkSync(join(root, 'node_modules'), join(floorDir, 'node_modules'));
}
let floorDist = '';
let floorCache = '';
const floorBuild = () => timed(process.execPath, [astro, 'build', '--outDir', floorDist], floorDir, { FLOOR_CACHE_DIR: floorCache });
async function astroFloor(): Promise<Timing> {
	floorDist = folders.next('floor-dist');
	floorCache = folders.next('floor-cache');
	return floorBuild();
}

/** Pagefind's own command line over Lectern's latest output, as Lectern's build runs it. */
const pagefindAlone = () =>
	timed(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', lecternDist, '--output-path', folders.next('pagefind-alone'), '--force-language', 'en'], root);

/** Edits the title of the first talk of the first event's programme: appends or removes a mark. */
function editOneTalkTitle(): string {
	const event = readdirSync(join(content, 'events')).sort()[0]!;
	const file = join(content, 'events', event, 'programme.yaml');
	const text = readFileSync(file, 'utf8');
	const match = /^( {12}title: ")(.*)"$/m.exec(text);
	if (!match) throw new Error(`no talk title found in ${file}`);
	const title = match[2]!.endsWith(' (revised)') ? match[2]!.slice(0, -' (revised)'.length) : `${match[2]} (revised)`;
	writeFileSync(file, text.slice(0, match.index) + `${match[1]}${title}"` + text.slice(match.index + match[0].length));
	return title;
}

const listing = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
const pages = (dir: string) => listing(dir).filter((entry) => entry.name.endsWith('.html')).length;
const files = (dir: string) => listing(dir).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The medians of a command's wall and CPU times. */
const medians = (timings: Timing[]): Timing => ({ seconds: median(timings.map((t) => t.seconds)), cpu: median(timings.map((t) => t.cpu)) });
/** The latest run's wall time, for the progress line. */
const last = (timings: Timing[]) => `${timings.at(-1)!.seconds.toFixed(1)} s`;
const lectern: Timing[] = [];
const hugo: Timing[] = [];
const incremental: Timing[] = [];
const unchanged: Timing[] = [];
const floor: Timing[] = [];
const floorUnchanged: Timing[] = [];
const search: Timing[] = [];
console.error(`${hugoVersion.stdout.trim()}\n${talks} talks, ${runs} run(s), alternating; load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
const probes = [folders.fileCreationMs()];
for (let i = 0; i < runs; i++) {
	hugo.push(await hugoFull());
	lectern.push(await lecternFull());
	if (i === 0) writeFloorProject(pages(lecternDist));
	floor.push(await astroFloor());
	floorUnchanged.push(await floorBuild());
	search.push(await pagefindAlone());
	editOneTalkTitle();
	incremental.push(await lecternBuild());
	unchanged.push(await lecternBuild());
	console.error(
		`run ${i + 1}: hugo ${last(hugo)}, lectern full ${last(lectern)}, after one edit ${last(incremental)}, ` +
			`unchanged ${last(unchanged)}, Astro alone ${last(floor)} (unchanged ${last(floorUnchanged)}), Pagefind alone ${last(search)}`,
	);
}
probes.push(folders.fileCreationMs());
// Back to the content as generated.
if (runs % 2 === 1) editOneTalkTitle();

const hugoMedian = medians(hugo).seconds;
const rows = [
	['Hugo, full build', medians(hugo), hugoPublic],
	['Lectern, full build (check, pages, search index)', medians(lectern), lecternDist],
	['Lectern, after editing one talk title', medians(incremental), lecternDist],
	['Lectern, nothing changed', medians(unchanged), lecternDist],
	['Astro alone: as many bare pages, cache keys, no search', medians(floor), floorDist],
	['Astro alone, nothing changed', medians(floorUnchanged), floorDist],
	['Pagefind alone: the search index of Lectern\'s output', medians(search), undefined],
] as const;
console.log(
	`| ${talks.toLocaleString('en')} talks | seconds (median of ${runs}) | × Hugo full | CPU seconds | HTML pages | files in the output |\n| --- | --- | --- | --- | --- | --- |`,
);
for (const [label, { seconds, cpu }, dir] of rows) {
	const counts = dir ? `${pages(dir).toLocaleString('en')} | ${files(dir).toLocaleString('en')}` : '– | –';
	console.log(`| ${label} | ${seconds.toFixed(1)} | ${(seconds / hugoMedian).toFixed(2)} | ${Number.isNaN(cpu) ? '–' : cpu.toFixed(1)} | ${counts} |`);
}
// The targets (docs/performance.md) against what Astro and Pagefind alone take, one after the
// other as in a build, and against the least wall time Lectern's CPU time allows on this machine.
const times = (seconds: number) => `${(seconds / hugoMedian).toFixed(2)} × Hugo`;
const cores = availableParallelism();
console.log(
	`\nTargets: full build ≤ 3 × Hugo, rebuild after one edit ≤ 1.5 × Hugo. Lectern: ${times(medians(lectern).seconds)} and ${times(medians(incremental).seconds)}.\n` +
		`Floor of the stack (Astro alone + Pagefind alone): ${times(medians(floor).seconds + medians(search).seconds)} for a full build, ` +
		`${times(medians(floorUnchanged).seconds + medians(search).seconds)} for a build that reuses every page.`,
);
if (!Number.isNaN(medians(lectern).cpu)) console.log(`Lectern's full build, its CPU time spread perfectly over ${cores} cores: ${times(medians(lectern).cpu / cores)}.`);

// `npm run check` on the same content, as organizers run it before every build and on every save:
// with the cache the last build left (one programme changed since: the title edit undone, or
// not), and with none, as in a fresh clone.
const check = async (cacheDir: string) => (await timed('npm', ['run', '--silent', 'check'], root, { LECTERN_CONTENT: content, LECTERN_CACHE_DIR: cacheDir })).seconds;
const checkCached: number[] = [];
const checkFresh: number[] = [];
for (let i = 0; i < runs; i++) checkCached.push(await check(lecternCache));
for (let i = 0; i < runs; i++) checkFresh.push(await check(folders.next('check-cache')));
console.log(
	`\n\`npm run check\` on the same content: ${median(checkCached).toFixed(2)} s with the cache the last build left, ` +
		`${median(checkFresh).toFixed(2)} s with none (medians of ${runs}; runs ${[...checkCached, ...checkFresh].map((s) => s.toFixed(2)).join(' / ')}).`,
);
console.log(`\nCreating a folder with one file on this disk: ${probes.map((ms) => ms.toFixed(2)).join(' ms before, ')} ms after the runs.`);
