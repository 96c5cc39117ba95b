import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, fixtureDistDir, htmlFiles, listFiles, requireDist, requireFixtureDist } from '../support/dist.ts';

/** Text files of a built site: binary images and Pagefind's compressed index are left out. */
const textFiles = (dir: string) => listFiles(dir).filter((file) => /\.(html|css|js|json|xml|txt|ics|svg|webmanifest)$/.test(file) || file === '_headers');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
/**
 * A file's text as a reader sees it: calendar lines unfolded (RFC 5545, 3.1), and without the
 * placeholder host the build uses when SITE_URL is not set, which a deployment replaces.
 */
const published = (dir: string, file: string) =>
	read(dir, file)
		.replace(/\r\n[ \t]/g, '')
		.replaceAll('lectern.example.org', 'site.example')
		// Keys of what visitors keep in their own browser (agenda, zone): never shown, and renaming them would lose it.
		.replace(/lectern:(agenda|time-zone)/g, 'site:$1');

describe('the organizer’s site', () => {
	beforeAll(() => {
		requireDist();
		requireFixtureDist();
	});

	it('names the tool that built it nowhere when the made-with line is off', () => {
		const naming = textFiles(distDir).filter((file) => /lectern/i.test(published(distDir, file)));
		expect(naming).toEqual([]);
	});

	it('names it only in the made-with line when the organizer keeps it', () => {
		const lines = textFiles(fixtureDistDir).flatMap((file) => {
			const text = published(fixtureDistDir, file);
			return /lectern/i.test(text) ? [...text.matchAll(/[^<>\n]*lectern[^<>\n]*/gi)].map((match) => match[0]) : [];
		});
		expect(lines.length).toBe(htmlFiles(fixtureDistDir).length);
		expect(new Set(lines)).toEqual(new Set(['Made with Lectern.']));
	});

	it('gives its name in every title and as og:site_name', () => {
		for (const [dir, name] of [
			[distDir, 'Embedded ML Workshops'],
			[fixtureDistDir, 'Demo Test Workshops'],
		] as const) {
			for (const file of htmlFiles(dir).filter((file) => file !== '404.html' || dir === distDir)) {
				const html = read(dir, file);
				expect(html, file).toContain(`<meta property="og:site_name" content="${name}">`);
				expect(html, file).toMatch(new RegExp(`<title>(.+ · )?${name}</title>`));
			}
		}
		expect(read(distDir, 'feed.xml')).toContain('<title>Embedded ML Workshops</title>');
		expect(read(distDir, 'calendar.ics')).toContain('X-WR-CALNAME:Embedded ML Workshops: events and deadlines');
	});

	it('links its colours as a stylesheet of its own, and series and event pages wear their own', () => {
		const css = read(fixtureDistDir, 'theme.css');
		expect(css).toContain(':root:root{--accent:#5a2d82;');
		expect(css).toContain('[data-theme="event-demo-2024"]{--accent:#00695c;');
		for (const page of ['events/demo-2024/index.html', 'events/demo-2024/programme/index.html', 'events/demo-2024/talks/paper-one/index.html']) {
			const html = read(fixtureDistDir, page);
			expect(html, page).toContain('<body data-theme="event-demo-2024">');
			expect(html, page).toContain('<link rel="stylesheet" href="/theme.css">');
			expect(html, page).toMatch(/<a class="site-brand" href="\/events\/demo-2024\/"><img src="\/_astro\/logo\.[^"]+\.svg" alt="DEMO 2024"/);
		}
		expect(read(fixtureDistDir, 'people/alice-example/index.html')).toContain('<body>');
	});

	it('shows menu entries, footer text and links from the settings', () => {
		const html = read(fixtureDistDir, 'index.html');
		expect(html).toContain('<li><a href="https://about.example.org/">About the tests</a></li>');
		expect(html).toContain('<p>Run by the <em>Demo Test</em> organizers.</p>');
		expect(html).toContain('<li><a href="https://example.org/imprint">Imprint</a></li>');
		expect(html).toContain('<li><a href="/search/">Privacy</a></li>');
	});

	it('gives every image a size, a text alternative and lazy loading below the header', () => {
		const problems: string[] = [];
		for (const dir of [distDir, fixtureDistDir]) {
			for (const file of htmlFiles(dir)) {
				const html = read(dir, file);
				const header = html.indexOf('</header>');
				for (const match of html.matchAll(/<img\b[^>]*>/g)) {
					const img = match[0];
					const where = `${file}: ${img.slice(0, 80)}`;
					if (!/\swidth="\d+"/.test(img) || !/\sheight="\d+"/.test(img)) problems.push(`${where} has no width and height`);
					if (!/\salt(="[^"]*")?[\s>]/.test(img)) problems.push(`${where} has no alt`);
					const expected = match.index < header ? 'eager' : 'lazy';
					if (!img.includes(`loading="${expected}"`) && !(file.startsWith('people/') && img.includes('loading="eager"'))) problems.push(`${where} is not loading="${expected}"`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('serves sponsors’ logos and photos in modern formats, linked to the sponsor', () => {
		const event = read(fixtureDistDir, 'events/demo-2024/index.html');
		const sponsors = event.slice(event.indexOf('<section class="sponsors"'));
		expect([...sponsors.matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual(['Gold sponsors', 'Silver sponsors', 'Supporters']);
		expect(sponsors).toMatch(/<a href="https:\/\/gold\.example\.org\/"[^>]*><picture><source srcset="[^"]+\.avif 240w, [^"]+\.avif 480w" type="image\/avif"/);
		expect(sponsors).toMatch(/<img src="\/_astro\/sponsor-gold[^"]+\.png"[^>]* alt="Gold Corp" [^>]*width="240" height="80"/);
		for (const page of ['people/alice-example/index.html', 'events/demo-2024/talks/paper-one/index.html']) {
			expect(read(fixtureDistDir, page), page).toMatch(/<source srcset="[^"]+\.webp [^"]+" type="image\/webp"[^>]*><img [^>]*alt="Photo of Alice Example"/);
		}
	});
});
