import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlFiles, requireDist } from '../support/dist.ts';

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
});
