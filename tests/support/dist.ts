import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../..');
export const distDir = join(projectRoot, 'dist');
/** The small fixture site (`npm run build:fixture`): the only one with parallel rooms. */
export const fixtureDistDir = join(projectRoot, 'dist-fixture');

/** Every file below a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	const files: string[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current)) {
			const path = join(current, entry);
			if (statSync(path).isDirectory()) walk(path);
			else files.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return files.sort();
}

export const htmlFiles = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));

/** Builds the site into a fresh folder with the given environment (e.g. a base path). */
export function buildInto(env: Record<string, string>): string {
	const outDir = mkdtempSync(join(tmpdir(), 'lectern-build-'));
	// Vitest puts Vite's own variables (BASE_URL, MODE, …) into the environment; the build must not inherit them.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST')),
	);
	const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: projectRoot,
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
	return outDir;
}

export function requireDist(): void {
	if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
}

export function requireFixtureDist(): void {
	if (!existsSync(join(fixtureDistDir, 'index.html'))) throw new Error('dist-fixture/ is missing: run `npm run build:fixture` first (npm test does)');
}

/**
 * Internal links and assets that do not resolve to a file in the built site, or to an id on the
 * page they point at. `base` is the deployment path the site was built for.
 */
export function brokenLinks(dir: string, base = '/'): string[] {
	const pages = new Map<string, string>();
	for (const file of htmlFiles(dir)) pages.set(file, readFileSync(join(dir, file), 'utf8'));
	const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
	const broken: string[] = [];
	for (const [file, html] of pages) {
		const pageUrl = new URL(`http://site${base}${file.replace(/index\.html$/, '')}`);
		for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
			const value = raw!.replaceAll('&amp;', '&');
			if (/^(mailto:|https?:\/\/(?!site\/)|data:|javascript:)/i.test(value)) continue;
			const url = new URL(value, pageUrl);
			if (url.host !== 'site') continue;
			if (!url.pathname.startsWith(base)) {
				broken.push(`${file}: ${attr}="${value}" is outside the base path ${base}`);
				continue;
			}
			let target = decodeURIComponent(url.pathname.slice(base.length));
			if (target === '' || target.endsWith('/')) target += 'index.html';
			if (!existsSync(join(dir, target))) {
				broken.push(`${file}: ${attr}="${value}" has no file ${target}`);
				continue;
			}
			if (url.hash && target.endsWith('.html')) {
				const targetHtml = pages.get(target) ?? readFileSync(join(dir, target), 'utf8');
				if (!ids(targetHtml).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file}: ${attr}="${value}" has no id ${url.hash} in ${target}`);
			}
		}
	}
	return broken;
}
