import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, fixtureDistDir, requireDist, requireFixtureDist } from '../support/dist.ts';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
/** The hrefs and texts of a navigation element, by its aria-label. */
const menu = (html: string, label: string) => {
	const nav = new RegExp(`<nav[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '';
	return [...nav.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]!.trim()} ${m[1]}`);
};

describe('pages written by organizers', () => {
	beforeAll(() => {
		requireDist();
		requireFixtureDist();
	});

	it('are built at their addresses, drafts left out', () => {
		expect(existsSync(join(fixtureDistDir, 'about/index.html'))).toBe(true);
		expect(existsSync(join(fixtureDistDir, 'events/demo-2024/venue/index.html'))).toBe(true);
		expect(existsSync(join(fixtureDistDir, 'events/demo-2024/draft-notes/index.html'))).toBe(false);
		expect(existsSync(join(distDir, 'events/item-2020/call-for-papers/index.html'))).toBe(true);
		expect(existsSync(join(distDir, 'events/accml-2020/call-for-contributions/index.html'))).toBe(true);
	});

	it('are in the sitemap', () => {
		const sitemap = read(fixtureDistDir, 'sitemap-0.xml');
		expect(sitemap).toContain('<loc>https://lectern.example.org/about/</loc>');
		expect(sitemap).toContain('<loc>https://lectern.example.org/events/demo-2024/venue/</loc>');
		expect(sitemap).not.toContain('draft-notes');
	});

	it('are in the site menu or their event menu, in menu order', () => {
		// Lectern's own entries, then the site's pages, then the links site.yaml adds.
		expect(menu(read(fixtureDistDir, 'index.html'), 'Main').slice(-3)).toEqual(['About /about/', 'Contact /contact/', 'About the tests https://about.example.org/']);
		const eventMenu = ['Overview /events/demo-2024/', 'Programme /events/demo-2024/programme/', 'Venue /events/demo-2024/venue/'];
		expect(menu(read(fixtureDistDir, 'events/demo-2024/index.html'), 'DEMO 2024 pages')).toEqual(eventMenu);
		expect(menu(read(fixtureDistDir, 'events/demo-2024/programme/index.html'), 'DEMO 2024 pages')).toEqual(eventMenu);
		expect(menu(read(distDir, 'events/item-2020/index.html'), 'ITEM 2020 pages')).toContain('Call for papers /events/item-2020/call-for-papers/');
	});

	it('show the components with the content from the YAML files, and are searchable', () => {
		const venue = read(fixtureDistDir, 'events/demo-2024/venue/index.html');
		expect(venue).toContain('data-pagefind-body');
		expect(venue).toContain('data-pagefind-filter="kind:page"');
		expect(venue).toMatch(/<article[^>]*class="session/); // <Programme />
		expect(venue).toContain('href="/people/alice-example/"'); // <Committee name="organizers" />
		expect(venue).toMatch(/<table class="dates"/); // <ImportantDates />
		expect(venue).toMatch(/<section class="sponsors" aria-labelledby="page-sponsors"/); // <Sponsors />
		const about = read(fixtureDistDir, 'about/index.html');
		expect(about).toMatch(/<aside class="person-card"[^>]*aria-label="Alice Example"/);
		expect(about).toMatch(/class="countdown" data-deadline="2024-03-16T12:00:00Z"/);
		expect(about).toMatch(/<script type="module" src="[^"]*Countdown[^"]*"><\/script>/);
	});

	it('show images of the content folder, made for the page, in MDX and in Markdown', () => {
		const images = (path: string) => [...read(fixtureDistDir, path).matchAll(/<img src="([^"]+)"[^>]*alt="([^"]*)"[^>]*width="(\d+)" height="(\d+)"/g)];
		const [plan] = images('events/demo-2024/venue/index.html').filter((m) => m[2]!.startsWith('Floor plan'));
		expect(plan?.[1]).toMatch(/^\/_astro\/hall-plan\.[\w-]+\.svg$/);
		expect([plan?.[3], plan?.[4]]).toEqual(['320', '160']);
		const [logo] = images('contact/index.html').filter((m) => m[2] === 'Gold Corp, who host the mailing list');
		expect(logo?.[1]).toMatch(/^\/_astro\/sponsor-gold\.[\w-]+\.webp$/);
		for (const match of [plan, logo]) expect(existsSync(join(fixtureDistDir, match![1]!)), match![1]).toBe(true);
	});

	it('never show an e-mail address in plain text, in MDX or in Markdown', () => {
		for (const path of ['about/index.html', 'contact/index.html']) expect(read(fixtureDistDir, path)).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
		expect(read(fixtureDistDir, 'contact/index.html')).toContain('<a href="/events/demo-2024/#organization">its page</a>');
	});

	it('replace the call for papers on the event page with a link to theirs', () => {
		const overview = read(distDir, 'events/item-2020/index.html');
		expect(overview).toContain('The full call is on a page of its own: <a href="/events/item-2020/call-for-papers/">Call for papers</a>');
		expect(overview).not.toContain('Submissions may not exceed 12 pages');
		expect(read(distDir, 'events/item-2020/call-for-papers/index.html')).toContain('Submissions may not exceed 12 pages');
	});
});
