import { Marked } from 'marked';

/**
 * Markdown from content fields to HTML. Validation has already refused raw HTML and links
 * with other schemes than http(s)/mailto, so the output needs no further sanitising.
 * marked rather than Astro's remark pipeline: it is synchronous and about ten times faster,
 * which matters for thousands of abstracts.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Block Markdown (paragraphs, lists) to HTML. */
export function renderMarkdown(text: string): string {
	return (marked.parse(text) as string).trim();
}

/** One line of Markdown (emphasis, links, code) to HTML without a paragraph around it. */
export function renderInlineMarkdown(text: string): string {
	return (marked.parseInline(text) as string).trim();
}

/** Markdown to plain text, for descriptions, search snippets and calendar entries. */
export function markdownToText(text: string): string {
	return renderMarkdown(text)
		// Source line breaks inside a paragraph are not breaks in the text.
		.replace(/\n/g, ' ')
		.replace(/<\/(p|li|h\d)>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/[ \t]*\n[ \t]*/g, '\n')
		.replace(/\n{2,}/g, '\n')
		.trim();
}

/** The first sentence-ish of a text, at most `max` characters, for cards and meta descriptions. */
export function excerpt(text: string, max = 200): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	const lastSpace = cut.lastIndexOf(' ');
	return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max).replace(/[,.;:]$/, '')}…`;
}
