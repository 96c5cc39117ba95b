/**
 * `npm run bench`: builds deterministic synthetic series of 500, 5,000 and 20,000 talks and a bare
 * Astro project with as many plain Markdown pages (the floor), and prints a table of build time
 * (median of the runs), pages per second, peak memory, output sizes and JavaScript shipped.
 * Then the comparison with Hugo on the shared corpus at 5,000 talks, with the builds after one
 * edit and with nothing changed (scripts/bench-hugo.ts, the same runs).
 * Every build is a clean one into new output and cache folders, and nothing is deleted between
 * builds (bench-folders.ts says why): they are in `bench-out/scale/`, emptied when the next
 * benchmark starts.
 * Options: --sizes 500,5000  --runs 3  --no-hugo (skip the comparison)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BenchFolders } from './bench-folders.ts';
import { syntheticContent } from '../src/organizer/synthetic.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const sizes = option('sizes', '500,5000,20000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const root = resolve('.');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const folders = new BenchFolders(resolve('bench-out', 'scale'));
folders.removeEarlier();
await folders.settle();

function writeTree(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	let rss = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const visit = (id: number) => {
		try {
			const status = readFileSync(`/proc/${id}/status`, 'utf8');
			rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
		} catch {
			return;
		}
		for (const child of children.get(id) ?? []) visit(child);
	};
	visit(pid);
	return rss;
}

async function timedBuild(cwd: string, outDir: string, env: Record<string, string>): Promise<{ seconds: number; peak: number }> {
	const started = performance.now();
	const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let peak = 0;
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
	const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
	clearInterval(timer);
	if (code !== 0) throw new Error(`build in ${cwd} failed:\n${stderr}`);
	return { seconds: (performance.now() - started) / 1000, peak };
}

function sizeOf(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

function countHtml(dir: string): number {
	return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
}

/** Bytes of the JavaScript a page loads: its script files and the modules they import. */
function pageJs(distDir: string, page: string): number {
	const html = readFileSync(join(distDir, page), 'utf8');
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)) visit(join(file, '..', spec!));
	};
	for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(join(distDir, src!));
	return [...seen].reduce((sum, file) => sum + sizeOf(file), 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function floorProject(dir: string, talks: number): void {
	const files: Record<string, string> = {
		'package.json': '{ "name": "floor", "private": true, "type": "module" }\n',
		// Its own Vite cache, not Lectern's through the linked node_modules (bench-hugo.ts says why).
		'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ vite: { cacheDir: '.vite' } });\n",
		'src/layouts/Minimal.astro': '---\nconst { frontmatter } = Astro.props;\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><main><h1>{frontmatter.title}</h1><slot /></main></body></html>\n',
	};
	const content = syntheticContent(talks);
	content.talks.forEach((talk, index) => {
		files[`src/pages/talks/${index}.md`] = `---\nlayout: ../../layouts/Minimal.astro\ntitle: "${talk.title}"\n---\n\n${talk.abstract}\n`;
	});
	writeTree(dir, files);
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
}

const rows: string[][] = [];
for (const talks of sizes) {
	const contentDir = folders.next(`content-${talks}`);
	writeTree(contentDir, syntheticContent(talks).files);
	let distDir = '';
	const lectern = [];
	for (let run = 0; run < runs; run++) {
		distDir = folders.next(`dist-${talks}`);
		const env = { LECTERN_CONTENT: contentDir, LECTERN_CACHE_DIR: folders.next(`cache-${talks}`), SOURCE_DATE_EPOCH: '1704067200' };
		lectern.push(await timedBuild(root, distDir, env));
	}
	const floorDir = folders.next(`floor-${talks}`);
	floorProject(floorDir, talks);
	const floor = [];
	for (let run = 0; run < runs; run++) floor.push(await timedBuild(floorDir, folders.next(`floor-dist-${talks}`), {}));

	const seconds = median(lectern.map((r) => r.seconds));
	const floorSeconds = median(floor.map((r) => r.seconds));
	const pages = countHtml(distDir);
	const firstEvent = readdirSync(join(distDir, 'events')).sort()[0]!;
	const firstTalk = readdirSync(join(distDir, 'events', firstEvent, 'talks')).filter((f) => !f.endsWith('.ics')).sort()[0]!;
	rows.push([
		talks.toLocaleString('en'),
		pages.toLocaleString('en'),
		seconds.toFixed(1),
		(pages / seconds).toFixed(0),
		floorSeconds.toFixed(1),
		(seconds / floorSeconds).toFixed(2),
		`${(Math.max(...lectern.map((r) => r.peak)) / 2 ** 20).toFixed(0)} MiB`,
		`${(sizeOf(distDir) / 2 ** 20).toFixed(1)} MiB`,
		`${(sizeOf(join(distDir, 'pagefind')) / 2 ** 20).toFixed(1)} MiB`,
		String(pageJs(distDir, `events/${firstEvent}/talks/${firstTalk}/index.html`)),
		String(pageJs(distDir, `events/${firstEvent}/programme/index.html`)),
	]);
	console.error(`measured ${talks} talks`);
}

const header = ['talks', 'pages', 'build s', 'pages/s', 'floor s', 'ratio', 'peak RSS', 'dist', 'pagefind', 'JS talk page (B)', 'JS programme (B)'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nmedian of ${runs} run(s); floor: bare Astro, one plain Markdown page per talk with a minimal layout.`);

if (!args.includes('--no-hugo')) {
	console.log('');
	const hugo = spawn(process.execPath, [join(root, 'scripts/bench-hugo.ts'), '--talks', '5000', '--runs', String(runs)], { stdio: 'inherit' });
	process.exitCode = await new Promise<number>((done) => hugo.on('close', (code) => done(code ?? 1)));
}
