import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/loading/issues.ts';
import { loadContent } from '../../src/loading/load.ts';
import { layoutIds } from '../../src/loading/page-body.ts';
import { menuPages, pagePath } from '../../src/model/organizer-pages.ts';
import { reservedEventSlugs, reservedSiteSlugs } from '../../src/loading/site-paths.ts';
import { materialize } from '../support/fixtures.ts';

const srcPages = join(import.meta.dirname, '../../src/pages');

/** The valid fixture with `files` added, checked; the report lines. */
function check(files: Record<string, string>) {
	const { root, contentDir } = materialize();
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(contentDir, path)), { recursive: true });
		writeFileSync(join(contentDir, path), text);
	}
	return loadContent(contentDir, root);
}

const page = (body: string, frontMatter = 'title: Test page\ndescription: A page for the tests.') => `---\n${frontMatter}\n---\n\n${body}\n`;

describe('pages', () => {
	it('cannot take an address Lectern uses for its own pages', () => {
		const names = (dir: string) => readdirSync(dir).map((name) => name.replace(/\.(astro|ts)$/, '').replace(/\..*$/, '')).filter((name) => !name.startsWith('['));
		for (const name of names(srcPages)) expect(reservedSiteSlugs).toContain(name);
		for (const name of names(join(srcPages, 'events/[event]'))) expect(reservedEventSlugs).toContain(name);
	});

	it('are in the model with their menu, address and components', () => {
		const result = check({
			'pages/code-of-conduct.md': page('Be kind.', 'title: Code of conduct\ndescription: How we treat each other.\nmenu:\n  order: 2'),
			'pages/draft.mdx': page('Soon.', 'title: Draft\ndescription: Not ready.\ndraft: true'),
			'pages/hidden.mdx': page('Hidden.', 'title: Hidden\ndescription: Not in the menu.\nmenu:\n  hidden: true'),
		});
		expect(result.issues.map(formatIssue)).toEqual([]);
		if (!result.ok) return;
		const { pages } = result.model;
		expect(menuPages(pages, undefined).map((p) => pagePath(p))).toEqual(['/about/', '/code-of-conduct/', '/contact/']);
		expect(menuPages(pages, undefined, true).map((p) => p.slug)).toEqual(['draft', 'about', 'code-of-conduct', 'contact']);
		expect(menuPages(pages, 'demo-2024').map((p) => [pagePath(p), p.components])).toEqual([
			['/events/demo-2024/venue/', ['Programme', 'Committee', 'PersonCard', 'ImportantDates', 'Sponsors']],
		]);
	});

	it('report each bad id in a component prop at its line', () => {
		const result = check({
			'events/demo-2024/pages/more.mdx': page(
				[
					'<Programme day="2024-06-12" />',
					'<Committee name="Program committee" />',
					'<Countdown deadline="Camera-ready deadline" />',
					'<CallForPapers />',
					'<ImportantDates event="demo-2024" colour="red" />',
					'<Sponsors series="dem" />',
				].join('\n\n'),
			),
			'pages/site.mdx': page(['<Committee />', '<Sponsors series="other" />'].join('\n\n')),
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'content/events/demo-2024/pages/more.mdx:6: Programme.day "2024-06-12" is not a day of the demo-2024 programme; use one of: 2024-06-10, 2024-06-11',
			'content/events/demo-2024/pages/more.mdx:8: Committee.name "Program committee" is not a committee of demo-2024; use one of: Organizers',
			'content/events/demo-2024/pages/more.mdx:10: Countdown.deadline "Camera-ready deadline" is not an important date of demo-2024; use one of: Submission deadline',
			'content/events/demo-2024/pages/more.mdx:12: CallForPapers.event "demo-2024" has no callForPapers in its event.yaml; add them there, or remove the component',
			'content/events/demo-2024/pages/more.mdx:14: ImportantDates.colour is not a known field; remove it or check its spelling against docs/pages.md',
			'content/events/demo-2024/pages/more.mdx:16: Sponsors.series names series "dem", which has no file in content/series/; did you mean "demo"?',
			'content/pages/site.mdx:6: Committee.event is required on a site page; name the event, e.g. event="item-2020"',
			'content/pages/site.mdx:8: Sponsors.series "other" has no sponsors in its series file; add them there, or remove the component',
		]);
	});

	it('refuse what could run in a browser, and allow comments and literal props', () => {
		const result = check({
			'pages/unsafe.mdx': page(
				[
					'{/* a comment is fine */}',
					'<PersonCard person={"alice-example"} />',
					'<PersonCard {...props} />',
					'<Countdown event="demo-2024">Text inside</Countdown>',
					'<a href="https://example.org/">HTML link</a>',
					'<div set:html="x">y</div>',
					'[relative](../x) and ![tracker](https://tracker.example/p.gif)',
					'Home is {/* a */ process.env.HOME /* b */} here. {/* one *//* two */}',
					'<noscript><b title="</noscript><meta http-equiv=\'refresh\' content=\'0;url=https://evil.example/\'>">n</b></noscript>',
					'<video poster="https://tracker.example/p.gif" />',
					'<table background="https://tracker.example/bg.gif"><tbody><tr><td>x</td></tr></tbody></table>',
					'<h2 id="main" class="note" title="Kept">Heading</h2>',
					'Pasted from a PDF:\u0002 here.',
					'Text and <div>a block</div> on one line.',
					'<details>\n<summary>Allowed</summary>\n\nA block of its own.\n\n</details>',
				].join('\n\n'),
			),
			'pages/plain.md': page('Some <b>bold</b> text.'),
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'content/pages/plain.md:6: must not contain raw HTML ("<b>"); use Markdown, or an .mdx file for Lectern\'s components',
			'content/pages/unsafe.mdx:10: <PersonCard {...props}> spreads an expression into props, which pages cannot run; write each prop as name="value"',
			"content/pages/unsafe.mdx:12: <Countdown> takes no content between its tags; write it as <Countdown … /> and put the text before or after it",
			'content/pages/unsafe.mdx:14: <a> is written as HTML; write it in Markdown, [text](https://…), which Lectern renders safely',
			'content/pages/unsafe.mdx:16: <div set:html> is not allowed: pages cannot carry scripts, styles, Astro directives, ids or addresses in attributes; remove the attribute',
			'content/pages/unsafe.mdx:18: has a link to "../x" that is a relative address; write a site path from the root, e.g. "/events/item-2020/", or a full https:// address',
			`content/pages/unsafe.mdx:18: has an image from "https://tracker.example/p.gif"; images come from the content folder, so that no other site learns who reads the page: give the image's path from this page's folder, e.g. "../images/map.png" for content/images/map.png`,
			'content/pages/unsafe.mdx:20: has the expression {/* a */ process.env.HOME /* b */}, which pages cannot run; write the text itself, or \\{ for a literal brace',
			"content/pages/unsafe.mdx:22: must not contain <noscript>: nothing in a page may run code, restyle the site, embed or load from another site, or take input; use Markdown and Lectern's components",
			"content/pages/unsafe.mdx:24: must not contain <video>: nothing in a page may run code, restyle the site, embed or load from another site, or take input; use Markdown and Lectern's components",
			'content/pages/unsafe.mdx:26: <table background> is not allowed: pages cannot carry scripts, styles, Astro directives, ids or addresses in attributes; remove the attribute',
			'content/pages/unsafe.mdx:28: <h2 id> is not allowed: pages cannot carry scripts, styles, Astro directives, ids or addresses in attributes; remove the attribute',
			'content/pages/unsafe.mdx:30: contains the invisible character U+0002 (character 19), which pages, feeds and calendars cannot carry; delete it (it often comes with text pasted from a PDF)',
			'content/pages/unsafe.mdx:32: <div> would be inside a paragraph (it shares a line with text, or stands in a <p>), where HTML does not allow it; put <div> and its closing tag on lines of their own, with a blank line before and after',
		]);
	});

	it("check a quotation's source as they check links", () => {
		const result = check({
			'pages/quotes.mdx': page(
				['<blockquote cite="https://example.org/talk">\n\nA fair quote.\n\n</blockquote>', '<blockquote cite="javascript:alert(1)">\n\nA trap.\n\n</blockquote>'].join('\n\n'),
			),
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'content/pages/quotes.mdx:12: has a link to "javascript:alert(1)" that uses "javascript:"; only https://, http://, mailto: and site paths are allowed',
		]);
	});

	it('refuse e-mail addresses an MDX page would show in plain text, and leave them to the renderer in .md pages', () => {
		const body = ['Write to bare@example.org or [linked@example.org](mailto:linked@example.org).', '`code@example.org`', '![A poster by alt@example.org](../images/site-logo.svg)', '<abbr title="title@example.org">T</abbr>', '[form](https://forms.example.org/?contact=query@example.org)', 'Split: split@{/* */}example.org, wrapped@<span>example.org</span> and jü@exämple.org.'].join('\n\n');
		const result = check({ 'pages/mail.mdx': page(body), 'pages/plain.md': page(body.replace(/\n\n<abbr[\s\S]*$/, '')) });
		expect(result.issues.map(formatIssue)).toEqual([
			'content/pages/mail.mdx:8: shows the e-mail address "code@example.org" as code, in plain text for address harvesters; write it in running text or as a link, [code@example.org](mailto:code@example.org), which Lectern hides',
			'content/pages/mail.mdx:10: shows the e-mail address "alt@example.org" in an image\'s description, in plain text for address harvesters; write it in running text or as a link, [alt@example.org](mailto:alt@example.org), which Lectern hides',
			'content/pages/mail.mdx:12: shows the e-mail address "title@example.org" in <abbr title>, in plain text for address harvesters; write it in running text or as a link, [title@example.org](mailto:title@example.org), which Lectern hides',
			'content/pages/mail.mdx:14: shows the e-mail address "query@example.org" in a link\'s address, in plain text for address harvesters; write it in running text or as a link, [query@example.org](mailto:query@example.org), which Lectern hides',
			'content/pages/mail.mdx:16: shows the e-mail address "split@example.org" in text split by a comment or an element, in plain text for address harvesters; write it in running text or as a link, [split@example.org](mailto:split@example.org), which Lectern hides',
		]);
	});

	it('know every id the layout and the components give their elements', () => {
		const sources = ['src/layouts/Base.astro', ...readdirSync('src/components', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro')).map((name) => join('src/components', name))];
		const ids = sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bid="([^"{]+)"/g)].map((match) => match[1]!));
		expect(ids.length).toBeGreaterThan(3);
		for (const id of ids) expect(layoutIds).toContain(id);
	});

	it('refuse a heading or a component that would repeat an id on the page', () => {
		const body = ['## Main', '<Sponsors />', '<Sponsors series="demo" />', '<Programme event="demo-2024" day="2024-06-10" />', '<Programme event="demo-2024" day="2024-06-11" />', '<Programme event="demo-2024" />'].join('\n\n');
		const result = check({ 'pages/twice.mdx': page(body.replace('<Sponsors />', '<Sponsors event="demo-2024" />')), 'pages/plain.md': page('## Main\n\nText.') });
		expect(result.issues.map(formatIssue)).toEqual([
			'content/pages/twice.mdx:6: has the heading "Main", whose id "main" the site\'s layout uses already; reword the heading',
			'content/pages/twice.mdx:10: Sponsors is on this page already; a page shows sponsors once',
			'content/pages/twice.mdx:16: Programme shows sessions that a <Programme> above it shows already; show each day once, e.g. <Programme day="…" /> for each day',
		]);
	});

	it('read the body Astro compiles, wherever the front matter ends', () => {
		const result = check({
			// A tab after the closing "---": Astro ends the front matter there, and so must the check.
			'pages/tab.mdx': '---\ntitle: Tab\ndescription: D\n---\t\n\n{process.env.HOME}\n\n---\n\nBody.\n',
			'pages/after.mdx': '---\ntitle: After\ndescription: D\n---{process.env.HOME}\n\nBody.\n',
			'pages/escape.mdx': page('<span title={"\\x41"}>x</span>'),
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'content/pages/after.mdx:4: has "{process.env.HOME}" after the "---" that ends the front matter; leave that line "---" alone',
			'content/pages/after.mdx:4: has the expression {process.env.HOME}, which pages cannot run; write the text itself, or \\{ for a literal brace',
			'content/pages/escape.mdx:6: <span title={…}> is an expression, which pages cannot run; write the value in quotes',
			'content/pages/tab.mdx:6: has the expression {process.env.HOME}, which pages cannot run; write the text itself, or \\{ for a literal brace',
		]);
	});

	it('report MDX syntax errors and two files for one address', () => {
		const result = check({
			'pages/broken.mdx': page('<Committee event="demo-2024">\n\nnever closed'),
			'pages/about.md': page('Also about.'),
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'content/pages/about.mdx:1: has the same address as content/pages/about.md; keep one of the two files (.md or .mdx) or rename one',
			expect.stringMatching(/^content\/pages\/broken\.mdx:\d+: is not valid MDX: .*closing tag.*; close every tag/),
		]);
	});
});
