import { Marked } from 'marked';
import TurndownService from 'turndown';
import { checkLink } from '../model/safe-url.ts';

/**
 * Text from another system (pretalx, frab) is untrusted: speakers write it. It arrives as
 * Markdown, HTML or a mix; Lectern turns it into Markdown that passes its own check. The
 * source is read by real parsers (marked, then turndown's HTML parser), never by patterns:
 * scripts and embeds are dropped with their content, links keep only addresses Lectern
 * allows, images become their description, and any other markup becomes its text.
 */

/** Markdown in, HTML out, raw HTML passed through for turndown to read. */
const toHtml = new Marked({ gfm: true, breaks: false, async: false });

const droppedTags = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'form', 'button', 'select', 'textarea', 'svg', 'math', 'head', 'title', 'meta', 'link'] as const;
/** Elements left out with their content: `svg` and `math` are no HTML element types, so a test on the name. */
const dropped = (node: HTMLElement) => (droppedTags as readonly string[]).includes(node.nodeName.toLowerCase());

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', emDelimiter: '*', bulletListMarker: '-' });
turndown.remove(dropped);
turndown.addRule('allowedLinks', {
	filter: (node) => node.nodeName === 'A',
	replacement: (content, node) => {
		const href = (node as HTMLElement).getAttribute('href') ?? '';
		const target = checkLink(href);
		if (!target.ok || target.kind === 'site' || !content.trim()) return content;
		// The parsed address is percent-encoded; only parentheses need angle brackets around it.
		const url = /[()]/.test(target.href) ? `<${target.href}>` : target.href;
		return `[${content}](${url})`;
	},
});
// Images from elsewhere would load from their host; their description is what the reader needs.
turndown.addRule('imagesAsText', {
	filter: 'img',
	replacement: (_content, node) => (node as HTMLElement).getAttribute('alt') ?? '',
});
// Text that looks like markup stays text: a `<` that could open a tag, and an `&` that could
// start a character reference, are written as references.
const escapeMarkdown = turndown.escape.bind(turndown);
turndown.escape = (text: string) => escapeMarkdown(text).replace(/&(?=[#a-z])/gi, '&amp;').replace(/<(?=[a-z/!?])/gi, '&lt;');

/** Imported Markdown or HTML as Markdown that Lectern accepts; `undefined` when nothing is left. */
export function importedMarkdown(source: string | null | undefined): string | undefined {
	if (!source?.trim()) return undefined;
	const markdown = turndown.turndown(toHtml.parse(source) as string).trim();
	return markdown || undefined;
}

/** HTML to its text alone: every element gives its content, dropped ones nothing. */
const textOnly = new TurndownService();
textOnly.escape = (text: string) => text;
textOnly.addRule('textOnly', {
	filter: (node) => !dropped(node),
	replacement: (content) => content,
});
textOnly.remove(dropped);

/** One line of imported text (a title, a name, a room): HTML in it becomes its text. */
export function importedText(source: string | null | undefined): string | undefined {
	if (!source?.trim()) return undefined;
	return textOnly.turndown(source).replace(/\s+/g, ' ').trim() || undefined;
}
