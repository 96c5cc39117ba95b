import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { Lexer, type Token } from 'marked';
import { decodeHTML } from 'entities';
import { addressSpans, asCharacterReferences } from '../../src/model/email.ts';
import { excerpt, markdownProblems, markdownToText, mayHoldLinkOrHtml, renderInlineMarkdown, renderMarkdown } from '../../src/model/markdown.ts';

describe('Markdown in content', () => {
	it('renders paragraphs, lists and emphasis', () => {
		expect(renderMarkdown('One *two*\nthree.\n\n- a\n- b')).toBe('<p>One <em>two</em>\nthree.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
		expect(renderInlineMarkdown('Learning on *edge* devices')).toBe('Learning on <em>edge</em> devices');
	});

	it('escapes angle brackets that are not markup', () => {
		expect(renderMarkdown('models (< 1G FLOPs)')).toBe('<p>models (&lt; 1G FLOPs)</p>');
	});

	it('turns Markdown into plain text with one line per paragraph', () => {
		expect(markdownToText('A wrapped\nline, *stressed* & [linked](https://example.org).\n\nNext paragraph.')).toBe(
			'A wrapped line, stressed & linked.\nNext paragraph.',
		);
	});

	it('cuts excerpts at a word boundary', () => {
		expect(excerpt('one two three four five six', 14)).toBe('one two three…');
		expect(excerpt('short', 14)).toBe('short');
	});
});

/** Every element of an HTML fragment as a browser parses it (parse5 implements the HTML standard). */
function elements(html: string): Array<{ tag: string; attrs: Record<string, string> }> {
	const found: Array<{ tag: string; attrs: Record<string, string> }> = [];
	const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			found.push({ tag: child.tagName, attrs: Object.fromEntries(child.attrs.map((attr) => [attr.name, attr.value])) });
			visit(child);
		}
	};
	visit(parseFragment(html));
	return found;
}

const markup = new Set(['p', 'a', 'em', 'strong', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input']);

/** The safety promise: only ordinary markup, no event handlers, no address a script could hide in. */
function expectInert(html: string) {
	for (const { tag, attrs } of elements(html)) {
		expect(markup, `<${tag}> in ${html}`).toContain(tag);
		for (const [name, value] of Object.entries(attrs)) {
			expect(name, `attribute in ${html}`).not.toMatch(/^on/i);
			if (name === 'href') expect(value, html).toMatch(/^(https?:\/\/[^/]|mailto:|\/(?![/\\])|#)/);
			if (name === 'src') expect(value, html).toMatch(/^\/(?![/\\])/);
		}
	}
}

// Ways a script address or markup gets into Markdown; each must be refused by the check and inert when rendered.
const hostile = [
	'[a](javascript:alert(1))',
	'[a](<javascript:alert(1)>)',
	'[a][x]\n\n[x]: javascript:alert(1)',
	'[a][x]\n\n[x]: <javascript:alert(1)> "title"',
	'[a](jav&#x61;script:alert(1))',
	'[a](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
	'[a](java&Tab;script:alert(1))',
	'[a](JaVaScRiPt:alert(1))',
	'[a]( javascript:alert(1))',
	'[a](vbscript:msgbox(1))',
	'[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'<javascript:alert(1)>',
	'![x](javascript:alert(1))',
	'![x](https://tracker.example/pixel.gif)',
	'[a](//evil.example/)',
	'[a](/\\evil.example/)',
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'<a href="javascript:alert(1)">a</a>',
	'<svg onload=alert(1)>',
	'<iframe src="https://evil.example"></iframe>',
	'Text <b onclick="alert(1)">bold</b>',
];

// Attempts to break out of an attribute: harmless text once quoted, so not refused, but must stay inert.
const breakouts = ['[a](https://ok.example/" onmouseover="alert(1))', '[a](https://ok.example/ "t\\" onmouseover=\\"alert(1)")', '[a](/x\'onmouseover=alert(1)//)'];

describe('Markdown from untrusted content', () => {
	it.each(hostile)('refuses %j in the check', (source) => {
		expect(markdownProblems(source)).not.toEqual([]);
	});

	it.each([...hostile, ...breakouts])('renders %j inert, should the check be bypassed', (source) => {
		expectInert(renderMarkdown(source));
		expectInert(renderInlineMarkdown(source));
	});

	it('keeps web, mail and site links, with the deployment base on site paths', () => {
		const html = renderMarkdown('[paper](https://doi.org/10.1/x), [programme](/events/item-2020/programme/), [top](#about), ![poster](/images/poster.png)', { base: '/workshops/' });
		expect(elements(html).filter((element) => element.tag !== 'p')).toEqual([
			{ tag: 'a', attrs: { href: 'https://doi.org/10.1/x' } },
			{ tag: 'a', attrs: { href: '/workshops/events/item-2020/programme/' } },
			{ tag: 'a', attrs: { href: '#about' } },
			{ tag: 'img', attrs: { src: '/workshops/images/poster.png', alt: 'poster', loading: 'lazy', decoding: 'async' } },
		]);
		expect(markdownProblems('[paper](https://doi.org/10.1/x) and [us](mailto:chairs@example.org)')).toEqual([]);
	});

	it('never shows an e-mail address in plain text', () => {
		const html = renderMarkdown('Write to chairs@example.org or [the chairs](mailto:chairs@example.org).');
		expect(html).not.toContain('chairs@example.org');
		const [first, second] = elements(html).filter((element) => element.tag === 'a');
		expect(first!.attrs.href).toBe('mailto:chairs@example.org');
		expect(second!.attrs.href).toBe('mailto:chairs@example.org');
		expect(parseFragment(html).childNodes.length).toBeGreaterThan(0);
		expect(markdownToText('Write to chairs@example.org.')).toBe('Write to chairs [at] example [dot] org.');
	});

	it('skips lexing only texts that cannot hold a link, an image or HTML (random Markdown)', () => {
		const pieces = ['(', ')', '>', '!', '"', "'", '&#x61;', '&lt;', '&#91;', '/', '\\', '\n\n', '\n', '    ', '*', '_', '`', '~', '#', '-', '1.', '|', '=', 'http', 'WWW', 'w', '.', 'mailto', 'a', ' ', 'é', '<', '[', ']', '@', ':', 'www.'];
		const kinds = (tokens: readonly Token[]): string[] =>
			tokens.flatMap((token) => [token.type, ...('tokens' in token && token.tokens ? kinds(token.tokens) : []), ...(token.type === 'list' ? kinds(token.items) : [])]);
		let skipped = 0;
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
				const text = parts.join('');
				if (mayHoldLinkOrHtml(text)) return;
				skipped++;
				expect(kinds(new Lexer({ gfm: true }).lex(text)).filter((kind) => ['link', 'image', 'html', 'def'].includes(kind))).toEqual([]);
			}),
			{ seed: 20261125, numRuns: 3000 },
		);
		expect(skipped).toBeGreaterThan(100);
	});

	it('renders any text inert (random mixes of Markdown, HTML and address tricks)', () => {
		const pieces = ['[', ']', '(', ')', '<', '>', '!', '"', "'", '&#x61;', '&colon;', '&#9;', 'javascript:', 'data:', '//', '/\\', 'https://ok.example', 'mailto:', ' onerror=', '\n\n', '[x]: ', '*', '`', 'script', 'img', 'a', ' '];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
				expectInert(renderMarkdown(parts.join('')));
			}),
			{ seed: 20261125, numRuns: 2000 },
		);
	});
});

describe('e-mail addresses in Markdown', () => {
	// Every form in which an address reached the site as plain text before.
	const abstract = [
		'Code: `code1@example.org`. Escaped: esc2\\@example.org. Bare: bare3@example.org.',
		'Linked text [lt4@example.org](https://example.org/). Title [t](https://example.org/ "tt5@example.org").',
		'Image ![alt6@example.org](/images/poster.png). Query [q](https://example.org/?m=q7@example.org). Userinfo <http://ui8@example.org>.',
		'',
		'    indented11@example.org in a code block',
	].join('\n');
	const plainAddress = /[\w.+-]+@[\w-]+\.[\w.-]+/;

	it('writes none in plain text in HTML, shows each in words, and keeps links working', () => {
		for (const html of [renderMarkdown(abstract), renderInlineMarkdown('`code1@example.org` and [lt4@example.org](https://example.org/)')]) {
			expect(html).not.toMatch(plainAddress);
			expect(() => parseFragment(html)).not.toThrow();
		}
		const shown = decodeHTML(renderMarkdown(abstract).replace(/<[^>]*>/g, ''));
		// As mail links show theirs: the search index, which holds the text shown, gets no address either.
		for (const address of ['code1', 'esc2', 'lt4', 'indented11']) expect(shown).toContain(`${address} [at] example [dot] org`);
		expect(renderMarkdown(abstract)).toMatch(new RegExp(`alt="${asCharacterReferences('alt6 [at] example [dot] org').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
		expect(renderMarkdown(abstract)).toContain(`href="https://example.org/?m=${asCharacterReferences('q7@example.org')}"`);
	});

	it('writes each in words in plain text (descriptions, calendars, feeds)', () => {
		const text = markdownToText(abstract);
		expect(text).not.toMatch(plainAddress);
		expect(text).toContain('code1 [at] example [dot] org');
		expect(text).toContain('esc2 [at] example [dot] org');
	});

	it('finds addresses by their "@", not in sentences or handles', () => {
		const text = 'Write to a.b+c@mail.example.org. Not: @handle, x@localhost, ML@Edge, a@b.c, 3@4.';
		expect(addressSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(['a.b+c@mail.example.org']);
		expect(addressSpans(`${'a'.repeat(100_000)}@${'b'.repeat(100_000)}`)).toEqual([]);
		const unusual = 'i@mail_host.example.org, jü@exämple.org, k@harvest.xn--p1ai';
		expect(addressSpans(unusual).map(([start, end]) => unusual.slice(start, end))).toEqual(['i@mail_host.example.org', 'jü@exämple.org', 'k@harvest.xn--p1ai']);
	});
});
