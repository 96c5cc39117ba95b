import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import { decodeHTML } from 'entities';
import { asCharacterReferences, hideAddresses, readableAddress } from './email.ts';
import { checkLink } from './safe-url.ts';

/**
 * Markdown from content fields to HTML, safe by construction: raw HTML is shown as text, and
 * every link and image address goes through `checkLink` as a browser would read it, so nothing
 * from content can run in a visitor's browser even where the content check was bypassed.
 * marked rather than Astro's remark pipeline: it is synchronous and about ten times faster,
 * which matters for thousands of abstracts.
 */

export interface MarkdownOptions {
	/** The deployment base (`/` or `/workshops/`), put in front of site paths in links. */
	base?: string;
	/** Images of the content folder, made for the page, by their address as written (organizers' pages only). */
	images?: Readonly<Record<string, RenderedImage>>;
}

/** An image made for a page: its file, the files for other screen densities, and its size in CSS pixels. */
export interface RenderedImage {
	src: string;
	srcset: string;
	width: number;
	height: number;
}

/** The HTML of a made image; `sizes` lets a narrow screen take a smaller file. */
export function renderedImageHtml(image: RenderedImage, alt: string, title?: string): string {
	const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
	const srcset = image.srcset ? ` srcset="${escapeHtml(image.srcset)}" sizes="(min-width: ${image.width}px) ${image.width}px, 100vw"` : '';
	return `<img src="${escapeHtml(image.src)}"${srcset} alt="${escapeHtml(alt)}"${titleAttr} width="${image.width}" height="${image.height}" loading="lazy" decoding="async">`;
}

const escapeHtml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

function safeRenderer(base: string, images: Readonly<Record<string, RenderedImage>> = {}): MarkedExtension {
	const sitePath = (path: string) => (path.startsWith('#') ? path : `${base.replace(/\/$/, '')}${path}`);
	return {
		renderer: {
			html: ({ text }) => escapeHtml(text),
			link({ href, title, tokens, text }) {
				const inner = this.parser.parseInline(tokens);
				const target = checkLink(href);
				if (!target.ok) return inner;
				const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
				if (target.kind === 'mail') {
					// A link whose text is the address itself shows it the way ObfuscatedEmail does.
					const label = text.includes('@') ? asCharacterReferences(readableAddress(text.replace(/^mailto:/i, ''))) : inner;
					return `<a href="${asCharacterReferences(target.href)}"${titleAttr}>${label}</a>`;
				}
				const url = target.kind === 'site' ? sitePath(target.path) : target.href;
				return `<a href="${escapeHtml(url)}"${titleAttr}>${inner}</a>`;
			},
			// Images only from the site itself: an image from elsewhere would tell that site who reads the page.
			image({ href, title, text }) {
				const made = images[href];
				if (made) return renderedImageHtml(made, text, title ?? undefined);
				const target = checkLink(href);
				if (!target.ok || target.kind !== 'site' || target.path.startsWith('#')) return escapeHtml(text);
				const src = sitePath(target.path);
				const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
				return `<img src="${escapeHtml(src)}" alt="${escapeHtml(text)}"${titleAttr} loading="lazy" decoding="async">`;
			},
		},
	};
}

const renderers = new Map<string, Marked>();
function markedFor(base = '/'): Marked {
	let marked = renderers.get(base);
	if (!marked) {
		marked = new Marked({ gfm: true, breaks: false, async: false }, safeRenderer(base));
		renderers.set(base, marked);
	}
	return marked;
}

/** The lexer alone, to read what a text contains without rendering it. */
const lexer = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Addresses outside mail links (in code, link texts and titles, image descriptions, a web
 * address's query), hidden from harvesters. In text, as mail links show theirs: "name [at]
 * example [dot] org", in character references, so that neither the HTML nor the search index
 * (which holds the text a page shows) has the address. In a tag's href or src, the address itself
 * as character references, so the link still works. Rendered Markdown has "<" and ">" only
 * around tags (text and attribute values are escaped), and an address holds no markup character,
 * so the HTML stays intact.
 */
function hideAddressesInHtml(html: string): string {
	const inText = (address: string) => asCharacterReferences(readableAddress(address));
	return html
		.split(/(<[^>]*>)/)
		.map((part, index) =>
			index % 2 === 0
				? hideAddresses(part, inText)
				: part.replace(/(\s([\w-]+)=")([^"]*)"/g, (_, start: string, name: string, value: string) => `${start}${hideAddresses(value, name === 'href' || name === 'src' ? asCharacterReferences : inText)}"`),
		)
		.join('');
}

/** Block Markdown (paragraphs, lists) to HTML. */
export function renderMarkdown(text: string, options: MarkdownOptions = {}): string {
	// A page's own images make a renderer of their own: rare, and not to be kept.
	const marked = options.images ? new Marked({ gfm: true, breaks: false, async: false }, safeRenderer(options.base ?? '/', options.images)) : markedFor(options.base);
	return hideAddressesInHtml((marked.parse(text) as string).trim());
}

/** One line of Markdown (emphasis, links, code) to HTML without a paragraph around it. */
export function renderInlineMarkdown(text: string, options: MarkdownOptions = {}): string {
	return hideAddressesInHtml((markedFor(options.base).parseInline(text) as string).trim());
}

/** Every token of a text, children before their parent's next sibling. */
function* walk(tokens: readonly Token[]): Generator<Token> {
	for (const token of tokens) {
		yield token;
		if ('tokens' in token && token.tokens) yield* walk(token.tokens);
		if (token.type === 'list') yield* walk((token as Tokens.List).items);
	}
}

/**
 * marked makes raw HTML and links only from `<` (tags, autolinks), `[` (links, images,
 * references), and GFM's bare addresses (`@` of an e-mail, `:` of a scheme, `www.`). Most
 * abstracts hold none, and the check then need not lex them; the renderer still checks every
 * link it writes.
 */
export const mayHoldLinkOrHtml = (text: string) => /[<[@:]|www\./i.test(text);

/** The deepest nesting of block quotes and lists the check lets through: marked reads each level by recursion, and some thousands overflow its stack. */
export const maxMarkdownNesting = 20;

/**
 * The most "*" and "_" a Markdown text may hold. marked pairs emphasis marks in time growing with
 * the square of their number (1,000 took half a second a text) and, thousands deep, overflows its
 * stack; abstracts use a few dozen at most.
 */
export const maxEmphasisMarks = 200;

/** How many block quotes and list items a text opens on one line, at most: `> > - x` opens 3. */
export function markdownNesting(text: string): number {
	// Most texts open none: one scan finds that without splitting the text into lines.
	if (!/^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])[ \t])/m.test(text)) return 0;
	const marker = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))[ \t]?/y;
	let deepest = 0;
	for (const line of text.split('\n')) {
		marker.lastIndex = 0;
		let depth = 0;
		while (marker.test(line)) depth++;
		deepest = Math.max(deepest, depth);
	}
	return deepest;
}

/**
 * What the content check refuses in a Markdown field: raw HTML, nesting deeper than can be shown,
 * and links or images whose address would not survive rendering. Each problem says what is wrong
 * and what would be right.
 */
export function markdownProblems(text: string): string[] {
	const depth = markdownNesting(text);
	if (depth > maxMarkdownNesting) {
		return [`nests block quotes and lists ${depth} deep on one line; at most ${maxMarkdownNesting} levels can be shown: remove the extra ">", "-" or "1." marks`];
	}
	const marks = text.match(/[*_]/g)?.length ?? 0;
	if (marks > maxEmphasisMarks) {
		return [`has ${marks} "*" and "_" marks; at most ${maxEmphasisMarks} fit in one text, as the time to read emphasis grows with the square of their number: use fewer`];
	}
	if (!mayHoldLinkOrHtml(text)) return [];
	const problems: string[] = [];
	let sawHtml = false;
	for (const token of walk(lexer.lexer(text))) {
		if (token.type === 'html' && !sawHtml) {
			sawHtml = true;
			problems.push(`must not contain raw HTML (${JSON.stringify(token.raw.trim().slice(0, 40))}); use Markdown (e.g. *emphasis*, [text](https://…))`);
		} else if (token.type === 'link' || token.type === 'image') {
			const { href } = token as Tokens.Link | Tokens.Image;
			const target = checkLink(href);
			const what = token.type === 'link' ? 'a link to' : 'an image from';
			if (!target.ok) problems.push(`has ${what} ${JSON.stringify(href)} that ${target.reason}`);
			else if (token.type === 'image' && (target.kind !== 'site' || target.path.startsWith('#'))) {
				problems.push(`has an image from ${JSON.stringify(href)}; images come from the site itself (a path such as "/images/poster.png"), so that no other site learns who reads the page`);
			}
		}
	}
	return problems;
}

/** The links and images of a text, with their addresses as written: the check follows those to the site's own paths. */
export function markdownTargets(text: string): Array<{ kind: 'link' | 'image'; href: string }> {
	if (!mayHoldLinkOrHtml(text)) return [];
	const targets: Array<{ kind: 'link' | 'image'; href: string }> = [];
	for (const token of walk(lexer.lexer(text))) {
		if (token.type === 'link' || token.type === 'image') targets.push({ kind: token.type, href: (token as Tokens.Link | Tokens.Image).href });
	}
	return targets;
}

/** Markdown to plain text, for descriptions, search snippets and calendar entries: one line per block. */
export function markdownToText(text: string): string {
	const lines: string[] = [];
	const inline = (tokens: readonly Token[]): string =>
		tokens
			.map((token) => {
				// A mail link's text is often the address itself, which must not appear in plain text.
				if (token.type === 'link' && /^mailto:/i.test(token.href)) return readableAddress(decodeHTML(token.text));
				if ('tokens' in token && token.tokens) return inline(token.tokens);
				if (token.type === 'br') return ' ';
				if (token.type === 'html') return token.raw;
				return 'text' in token ? decodeHTML(token.text as string) : '';
			})
			.join('');
	const block = (tokens: readonly Token[]) => {
		for (const token of tokens) {
			if (token.type === 'list') for (const item of (token as Tokens.List).items) block(item.tokens);
			else if (token.type === 'code') lines.push(token.text);
			else if ('tokens' in token && token.tokens && token.type !== 'blockquote') lines.push(inline(token.tokens));
			else if (token.type === 'blockquote') block((token as Tokens.Blockquote).tokens);
			else if (token.type === 'html') lines.push(token.raw);
		}
	};
	block(lexer.lexer(text));
	// Plain text has no character references: addresses anywhere in it are written out in words.
	return lines
		.map((line) => hideAddresses(line.replace(/\s+/g, ' ').trim(), readableAddress))
		.filter(Boolean)
		.join('\n');
}

/** The first sentence-ish of a text, at most `max` characters, for cards and meta descriptions. */
export function excerpt(text: string, max = 200): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	const lastSpace = cut.lastIndexOf(' ');
	return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max).replace(/[,.;:]$/, '')}…`;
}
