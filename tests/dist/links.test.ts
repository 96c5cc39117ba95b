import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, buildInto, distDir, requireDist } from '../support/dist.ts';

describe('internal links', () => {
	beforeAll(requireDist);
	let subPath: string | undefined;
	const builtUnderSubPath = () => (subPath ??= buildInto({ BASE_PATH: '/workshops/' }));

	it('all resolve in the site built at the root', () => {
		expect(brokenLinks(distDir, '/')).toEqual([]);
	});

	it('all resolve when the site is built under a sub-path', () => {
		expect(brokenLinks(builtUnderSubPath(), '/workshops/')).toEqual([]);
	});

	it('give the service worker and the manifest the sub-path as their scope', () => {
		const dir = builtUnderSubPath();
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
		expect(manifest).toMatchObject({ start_url: '/workshops/', scope: '/workshops/' });
		expect(manifest.icons[0].src).toMatch(/^\/workshops\/_astro\/.+\.svg$/);
		const programme = readFileSync(join(dir, 'events/item-2020/programme/index.html'), 'utf8');
		const script = /<script type="module" src="([^"]+)"/.exec(programme)![1]!;
		expect(script.startsWith('/workshops/_astro/')).toBe(true);
		// The worker sits at the base, so its scope is the site; its precache paths are relative to it.
		const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
		expect(worker).toContain('"agenda/"');
		expect(worker).toContain('"pagefind/pagefind.js"');
		expect(worker).not.toContain('"/agenda/"');
	});
});
