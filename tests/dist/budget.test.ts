import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, fixtureDistDir, htmlFiles, requireDist, requireFixtureDist } from '../support/dist.ts';

/** Script elements that run code: JSON-LD data blocks are data, not JavaScript. */
const runnableScripts = (html: string) =>
	[...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/type="application\/ld\+json"/.test(attrs));

describe('page weight budgets', () => {
	beforeAll(requireDist);
	const pages = () => htmlFiles(distDir);

	it('ships no JavaScript on talk, person, event and series pages', () => {
		const contentPages = pages().filter((file) =>
			/^(events\/[^/]+\/(talks\/[^/]+\/)?index\.html|people\/[^/]+\/index\.html|series\/[^/]+\/index\.html)$/.test(file),
		);
		expect(contentPages.length).toBeGreaterThan(200);
		const withScripts = contentPages.filter((file) => runnableScripts(readFileSync(join(distDir, file), 'utf8')).length > 0);
		expect(withScripts).toEqual([]);
	});

	it('inlines no script anywhere, so a strict Content-Security-Policy holds', () => {
		const inline = pages().flatMap((file) =>
			runnableScripts(readFileSync(join(distDir, file), 'utf8'))
				.filter((attrs) => !/\ssrc="/.test(attrs))
				.map(() => file),
		);
		expect(inline).toEqual([]);
	});

	it('keeps the programme’s JavaScript small and late: modules only, from the site itself, under 16 kB in all', () => {
		requireFixtureDist();
		const html = readFileSync(join(fixtureDistDir, 'events/demo-2024/programme/index.html'), 'utf8');
		const scripts = runnableScripts(html);
		expect(scripts.length).toBeGreaterThan(0);
		// type="module" never blocks parsing or rendering.
		expect(scripts.every((attrs) => /type="module"/.test(attrs) && /src="\/_astro\//.test(attrs))).toBe(true);
		// Everything the entry modules import, followed through the chunks.
		const seen = new Set<string>();
		const visit = (file: string) => {
			if (seen.has(file)) return;
			seen.add(file);
			const code = readFileSync(join(fixtureDistDir, '_astro', file), 'utf8');
			for (const [, chunk] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(chunk!);
		};
		for (const attrs of scripts) visit(/src="\/_astro\/([^"]+)"/.exec(attrs)![1]!);
		const bytes = [...seen].reduce((sum, file) => sum + readFileSync(join(fixtureDistDir, '_astro', file)).length, 0);
		console.log(`programme page JavaScript: ${bytes} bytes in ${seen.size} files`);
		expect(bytes).toBeLessThan(16_000);
		// Styles and scripts come from the site only: nothing render-blocking from elsewhere.
		expect([...html.matchAll(/<(?:link|script)\b[^>]*\s(?:href|src)="(https?:)?\/\/[^"]*"/g)].filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))).toEqual([]);
	});
});
