import { describe, expect, it } from 'vitest';
import { emailSchema, holdsHtmlTag, linkSchema, textSchema, urlSchema } from '../../src/schemas/common.ts';
import { markdownNesting, markdownProblems, renderMarkdown } from '../../src/model/markdown.ts';
import { escapeXml } from '../../src/exports/xml.ts';

describe('plain text fields', () => {
	it.each([
		['<b>bold</b>', true],
		['a <a href="x">link</a>', true],
		['<br/>', true],
		['<img src=x onerror=alert(1)>', true],
		['<img/src=x onerror=alert(1)>', true],
		['either/or <and/or>', true],
		['</i>', true],
		['<!-- hidden', true],
		['k <n for small n', false],
		['x < y and y > z', false],
		['<3 tinyML', false],
		['the <a and then nothing', false],
		['Models <10 KB > 5 KB', false],
	])('finds HTML in %j: %s', (text, expected) => {
		expect(holdsHtmlTag(text)).toBe(expected);
	});

	it('reads many unclosed tags in time proportional to their length', () => {
		// A single pattern took 17 s for this affiliation; the test's timeout would fail it.
		expect(holdsHtmlTag('<a '.repeat(200_000))).toBe(false);
		expect(holdsHtmlTag(`${'<a '.repeat(200_000)}>`)).toBe(true);
	});

	it('refuses texts and e-mail addresses that are too long before reading them', () => {
		expect(textSchema.safeParse('<a '.repeat(400)).error?.issues.map((issue) => issue.message)).toEqual([
			'is 1,199 characters long; it may have at most 1,000: shorten it, or put longer text in a Markdown field such as an abstract or about',
		]);
		expect(emailSchema.safeParse(`a@${'a.'.repeat(80_000)}`).success).toBe(false);
		expect(emailSchema.safeParse('name@example.org').success).toBe(true);
	});

	it('refuses web addresses that carry an e-mail address or a user name', () => {
		for (const url of ['https://slides.example.org/?from=leak@harvest.example.org', 'https://leak@harvest.example.org/v', 'https://user:pass@example.org/']) {
			expect(urlSchema.safeParse(url).error?.issues.map((issue) => issue.message), url).toEqual([
				'holds an e-mail address or a user name, which the site would show as plain text to address harvesters; leave it out, or give the address as a mailto: link or in a Markdown field',
			]);
		}
		expect(urlSchema.safeParse('https://example.org/@handle').success).toBe(true);
		expect(linkSchema.safeParse('mailto:chairs@example.org').success).toBe(true);
	});
});

describe('Markdown nesting', () => {
	it('counts the quotes and list items a line opens', () => {
		expect(markdownNesting('Plain text.\n\n> quoted\n> > - item\n1. 2) * - + x')).toBe(5);
		expect(markdownNesting('-not a list, 3.5 is no item, *emphasis*')).toBe(0);
	});

	it('refuses more emphasis marks than can be read in time', () => {
		expect(markdownProblems(`${'*a '.repeat(150)}b${' c*'.repeat(150)}`)).toEqual(['has 300 "*" and "_" marks; at most 200 fit in one text, as the time to read emphasis grows with the square of their number: use fewer']);
		expect(markdownProblems('A *short* abstract with __strong__ words and a_snake_case name.')).toEqual([]);
	});

	it('refuses what the renderer cannot nest, and renders what it lets through', () => {
		const deep = `${'> '.repeat(3000)}x`;
		expect(() => renderMarkdown(deep)).toThrow(RangeError);
		expect(markdownProblems(deep)).toEqual([
			'nests block quotes and lists 3000 deep on one line; at most 20 levels can be shown: remove the extra ">", "-" or "1." marks',
		]);
		const allowed = `${'- '.repeat(20)}x`;
		expect(markdownProblems(allowed)).toEqual([]);
		expect(renderMarkdown(allowed).match(/<ul>/g)).toHaveLength(20);
	});
});

describe('XML of the feeds', () => {
	it('escapes markup and drops the characters XML 1.0 does not allow', () => {
		expect(escapeXml('A\u0001 <b>&</b> "q"\uFFFE \uD800 😀\tend')).toBe('A &lt;b&gt;&amp;&lt;/b&gt; &quot;q&quot;  😀\tend');
	});
});
