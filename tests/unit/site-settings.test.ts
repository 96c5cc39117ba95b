import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, parseHex, passingShade, relativeLuminance } from '../../src/model/contrast.ts';
import { checkImageFile, maxImageBytes } from '../../src/loading/images.ts';
import { formatIssue } from '../../src/loading/issues.ts';
import { loadContent } from '../../src/loading/load.ts';
import { accentProblem, contrastOf, surfaces, themeCss } from '../../src/model/theme.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { materialize, validContentDir } from '../support/fixtures.ts';

describe('contrast', () => {
	it('computes WCAG relative luminance and ratios', () => {
		expect(relativeLuminance([0, 0, 0])).toBe(0);
		expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
		expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
		// The WCAG examples' classic pair: #777 on white is just below AA.
		expect(contrastOf('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(contrastOf('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastOf('#fff', '#000')).toBe(contrastOf('#000000', '#ffffff'));
	});

	it('rounds ratios down in messages, so 4.49 never reads as 4.5', () => {
		expect(formatRatio(4.499)).toBe('4.4:1');
		expect(formatRatio(21)).toBe('21.0:1');
	});

	it('suggests the nearest shade that passes on every surface', () => {
		const light = surfaces.light.map((colour) => parseHex(colour)!);
		const shade = passingShade(parseHex('#7fb3ff')!, light, false)!;
		expect(Math.min(...light.map((surface) => contrastRatio(shade, surface)))).toBeGreaterThanOrEqual(4.5);
		// Not much darker than it needs to be.
		expect(Math.min(...light.map((surface) => contrastRatio(shade, surface)))).toBeLessThan(4.7);
		const dark = surfaces.dark.map((colour) => parseHex(colour)!);
		const lighter = passingShade(parseHex('#3a3f8f')!, dark, true)!;
		expect(Math.min(...dark.map((surface) => contrastRatio(lighter, surface)))).toBeGreaterThanOrEqual(4.5);
	});

	it('accepts the default accents and refuses a pale one for light mode', () => {
		expect(accentProblem('#0b57a4', 'light')).toBeUndefined();
		expect(accentProblem('#8cc2ff', 'dark')).toBeUndefined();
		expect(accentProblem('#8cc2ff', 'light')).toMatch(/^has a contrast of only 1\.\d:1 .* a darker shade such as "#[0-9a-f]{6}" passes$/);
	});

	it('knows the surfaces global.css paints, so the check and the page agree', () => {
		const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
		const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
		const value = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];
		for (const [block, scheme] of [[light!, 'light'], [dark!, 'dark']] as const) {
			expect(['bg', 'bg-soft', 'keynote-soft'].map((name) => value(block, name))).toEqual(surfaces[scheme]);
		}
	});
});

describe('the theme stylesheet', () => {
	it('sets the site accents on :root and each own accent on its data-theme, in both schemes', () => {
		const css = themeCss([
			{ accent: { light: '#5a2d82', dark: '#d0b3ff' } },
			{ key: 'event-demo-2024', accent: { light: '#00695c', dark: '#64d8c4' } },
		]);
		expect(css).toContain(':root:root{--accent:#5a2d82;');
		expect(css).toContain('[data-theme="event-demo-2024"]{--accent:#00695c;');
		expect(css.split('@media (prefers-color-scheme: dark)')[1]).toContain('[data-theme="event-demo-2024"]{--accent:#64d8c4;');
	});
});

describe('site settings', () => {
	const base = { name: 'Demo', description: 'Demo site.' };

	it('need only a name and a description, and keep the made-with line off', () => {
		const site = SiteSchema.parse(base);
		expect(site.footer).toEqual({ links: [], madeWith: false });
		expect(site.menu).toEqual([]);
	});

	it('take site paths and https addresses as menu and footer links, nothing else', () => {
		const links = (link: string) => SiteSchema.safeParse({ ...base, menu: [{ label: 'X', link }] }).success;
		expect(links('/imprint/')).toBe(true);
		expect(links('https://example.org/privacy')).toBe(true);
		expect(links('http://example.org/privacy')).toBe(false);
		expect(links('privacy.html')).toBe(false);
		expect(links('javascript:alert(1)')).toBe(false);
		expect(links('//evil.example/')).toBe(false);
	});

	it('refuse image paths that leave the content folder or name another format', () => {
		const logo = (src: string) => SiteSchema.safeParse({ ...base, logo: { src, alt: 'Demo' } }).success;
		expect(logo('images/logo.svg')).toBe(true);
		expect(logo('events/demo-2024/logo.PNG')).toBe(true);
		expect(logo('../secret.png')).toBe(false);
		expect(logo('images/../../x.png')).toBe(false);
		expect(logo('/etc/logo.png')).toBe(false);
		expect(logo('images/logo.gif')).toBe(false);
		expect(logo('images/logo')).toBe(false);
	});

	it('require alt text on a logo but not on a photo-like favicon', () => {
		expect(SiteSchema.safeParse({ ...base, logo: { src: 'images/logo.svg' } }).success).toBe(false);
		expect(SiteSchema.safeParse({ ...base, favicon: { src: 'images/icon.svg' } }).success).toBe(true);
	});

	it('are required in a project', () => {
		const { root, contentDir } = materialize();
		rmSync(join(contentDir, 'site.yaml'));
		expect(loadContent(contentDir, root).issues.map(formatIssue)).toEqual([
			"content/site.yaml: is missing; every project needs a site.yaml with at least the site's name and description",
		]);
	});

	it('reach the model: name, theme keys, logos, sponsors by tier, photos with a default alt', () => {
		const result = loadContent(validContentDir);
		if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
		const { site, themes, eventById, seriesById, personById } = result.model;
		expect(site.name).toBe('Demo Test Workshops');
		expect(site.footer.links.map((entry) => [entry.link, entry.onSite])).toEqual([
			['https://example.org/imprint', false],
			['/search/', true],
		]);
		const event = eventById.get('demo-2024')!;
		expect(event.branding.theme).toBe('event-demo-2024');
		expect(event.branding.logo?.src).toBe('events/demo-2024/logo.svg');
		expect(event.sponsors.map((group) => [group.tier, group.sponsors.map((sponsor) => sponsor.name)])).toEqual([
			['gold', ['Gold Corp']],
			['silver', ['Silver Example']],
			['supporter', ['Friends of Examples']],
		]);
		// The series sets no accent of its own: it wears the site's, and has no theme key.
		expect(seriesById.get('demo')!.branding).toEqual(site.branding);
		expect(themes.map((theme) => theme.key)).toEqual([undefined, 'event-demo-2024']);
		expect(personById.get('alice-example')!.photo).toEqual({ src: 'images/alice.jpg', alt: 'Photo of Alice Example' });
	});
});

describe('image files', () => {
	it('are read for their size and format, and refused when too heavy', () => {
		expect(checkImageFile(validContentDir, 'images/sponsor-gold.png')).toEqual({ ok: true, width: 600, height: 200, format: 'png' });
		expect(checkImageFile(validContentDir, 'images/alice.jpg')).toMatchObject({ ok: true, format: 'jpg' });
		const dir = mkdtempSync(join(tmpdir(), 'lectern-images-'));
		writeFileSync(join(dir, 'heavy.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!--${'x'.repeat(maxImageBytes)}--></svg>`);
		expect(checkImageFile(dir, 'heavy.svg')).toEqual({ ok: false, reason: 'is 2.0 MB; images may be at most 2.0 MB: save it smaller (the build makes every size the site needs)' });
		writeFileSync(join(dir, 'fake.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
		expect(checkImageFile(dir, 'fake.png')).toEqual({ ok: false, reason: 'is named .png but holds SVG data; save it as PNG or rename it' });
	});
});
