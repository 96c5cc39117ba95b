import { describe, expect, it } from 'vitest';
import { excerpt, markdownToText, renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';

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
