import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { z } from 'astro/zod';
import { unshowableProblem } from '../schemas/common.ts';
import { componentPropsSchemas, type PageComponentName } from '../schemas/components.ts';
import { PageSchema, type PageData } from '../schemas/page.ts';
import { decodeUtf8, splitPage, type PageFileRef } from './content-files.ts';
import { checkImageFile } from './images.ts';
import { parseYaml } from './yaml.ts';
import { reservedEventSlugs, reservedSiteSlugs, sitePathProblem, type SitePaths } from './site-paths.ts';
import { committeeRoleLabels } from '../model/labels.ts';
import { closest, fromZodIssues, showValue, type ContentIssue } from './issues.ts';
import { committeeMatches } from '../model/page-components.ts';
import { addressSpans } from '../model/email.ts';
import { checkLink } from '../model/safe-url.ts';
import type { ExistingIds, SourcedContent } from './validation.ts';

/**
 * Pages written by organizers in Markdown or MDX, checked without Astro: the front matter
 * against `PageSchema`, the body for what could run in a visitor's browser, and every use of a
 * Lectern component against its props schema and the content. Astro renders the pages later
 * (see src/content.config.ts); this module decides what it may render.
 *
 * What a page may hold, and why: organizers are trusted more than imported text, but nothing
 * from content runs in a visitor's browser. So MDX `import`/`export` and `{…}` expressions are
 * refused (Lectern's components need no import, and their props are plain text); HTML elements
 * may not carry event handlers, `<script>`, `<style>`, frames or Astro directives; and links and
 * images follow the rules of Markdown fields (src/model/markdown.ts).
 */

/** A page as the site's menus and listings need it. */
export interface Page {
	/** The collection entry id: `pages/about` or `events/item-2020/pages/call-for-papers`. */
	id: string;
	/** The last part of the address, from the file name. */
	slug: string;
	/** The event whose page it is; absent for site pages. */
	event?: string;
	/** Path from the project root. */
	file: string;
	title: string;
	description: string;
	menu: PageData['menu'];
	draft: boolean;
	/** The Lectern components the page uses. */
	components: PageComponentName[];
	/** The images its body shows: each address as written ("../images/map.png") to the file's path inside the content folder. */
	images: Record<string, string>;
}

/** The component names pages can use. */
export const pageComponentNames = Object.keys(componentPropsSchemas) as PageComponentName[];

/** The collection id of a page file, from its path below the content folder. */
export function pageId(ref: Pick<PageFileRef, 'slug' | 'event'>): string {
	return ref.event ? `events/${ref.event}/pages/${ref.slug}` : `pages/${ref.slug}`;
}

/** Splits a collection id back into the page's event (if any) and slug. */
export function pageAddress(id: string): { event?: string; slug: string } {
	const match = /^(?:events\/([^/]+)\/)?pages\/([^/]+)$/.exec(id);
	if (!match) throw new Error(`"${id}" is not the id of a page`);
	return match[1] ? { event: match[1], slug: match[2]! } : { slug: match[2]! };
}

/** The site path of a page, without the deployment base. */
export function pagePath(page: Pick<Page, 'event' | 'slug'>): string {
	return page.event ? `/events/${page.event}/${page.slug}/` : `/${page.slug}/`;
}

/** The pages of a menu (the site's, or one event's) in menu order; drafts only when asked. */
export function menuPages(pages: readonly Page[], event: string | undefined, includeDrafts = false): Page[] {
	return pages
		.filter((page) => page.event === event && !page.menu.hidden && (includeDrafts || !page.draft))
		.sort((a, b) => a.menu.order - b.menu.order || menuLabel(a).localeCompare(menuLabel(b), 'en'));
}

/** A page's text in a menu. */
export const menuLabel = (page: Pick<Page, 'title' | 'menu'>): string => page.menu.label ?? page.title;

/** A component use found in a page body, to check against the content once it is loaded. */
interface ComponentUse {
	name: PageComponentName;
	props: Record<string, unknown>;
	line: number;
}

interface ReadPage {
	page: Page;
	uses: ComponentUse[];
}

/** Reads, validates and checks every page; ids in component props are checked against `content`. */
export function checkPages(
	refs: readonly PageFileRef[],
	content: SourcedContent,
	existing: ExistingIds & { programmes: string[] },
	contentDir: string,
	known: SitePaths,
): { pages: Page[]; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const read: ReadPage[] = [];
	const seen = new Map<string, string>();
	for (const ref of refs) {
		const id = pageId(ref);
		const earlier = seen.get(id);
		if (earlier) {
			issues.push({ file: ref.file, path: [], line: 1, message: `has the same address as ${earlier}; keep one of the two files (.md or .mdx) or rename one` });
			continue;
		}
		seen.set(id, ref.file);
		const reserved: readonly string[] = ref.event ? reservedEventSlugs : reservedSiteSlugs;
		if (reserved.includes(ref.slug)) {
			issues.push({
				file: ref.file,
				path: [],
				line: 1,
				message: `cannot be published at ${pagePath(ref)}: Lectern publishes its own page there; rename the file, e.g. to "${ref.slug}-info${extname(ref.path)}"`,
			});
			continue;
		}
		if (ref.event && !existing.events.includes(ref.event)) continue; // the folder without event.yaml is reported already
		const result = readPage(ref, contentDir, known);
		issues.push(...result.issues);
		if (result.read) read.push(result.read);
	}
	for (const { page, uses } of read) {
		for (const use of uses) issues.push(...checkUse(page, use, content, existing, known.publishedPeople));
		issues.push(...repeatedUses(page, uses));
	}
	return { pages: read.map(({ page }) => page), issues };
}

function readPage(ref: PageFileRef, contentDir: string, known: SitePaths): { read?: ReadPage; issues: ContentIssue[] } {
	const { file } = ref;
	const issues: ContentIssue[] = [];
	const text = decodeUtf8(file, readFileSync(ref.path));
	if (typeof text !== 'string') return { issues: [text] };
	const source = text.replace(/^\uFEFF/, '');
	const parts = splitPage(source);
	if (!parts) {
		return { issues: [{ file, path: [], line: 1, message: 'has no front matter; start the file with a line "---", then "title: …" and "description: …", then "---"' }] };
	}
	const parsed = parseYaml(file, parts.yaml);
	if ('issue' in parsed) return { issues: [parsed.issue] };
	const result = PageSchema.safeParse(parsed.data);
	if (!result.success) {
		for (const issue of fromZodIssues(file, parsed.data, result.error.issues, PageSchema)) issues.push({ ...issue, line: parsed.lineOf(issue.path) ?? 1 });
	}
	if (parts.afterClosing.trim() !== '') {
		issues.push({ file, path: [], line: parts.closingLine, message: `has ${JSON.stringify(parts.afterClosing.trim())} after the "---" that ends the front matter; leave that line "---" alone` });
	}

	const unshowable = source.split('\n').map((text, index) => ({ line: index + 1, message: unshowableProblem(text) })).find((found) => found.message);
	if (unshowable) issues.push({ file, path: [], line: unshowable.line, message: unshowable.message! });

	const isMdx = file.endsWith('.mdx');
	let tree: MdastNode;
	try {
		tree = (isMdx ? mdxToMdast : markdownToMdast)(parts.body);
	} catch (thrown) {
		const message = thrown instanceof Error ? thrown.message : String(thrown);
		const line = Number(/^(\d+):\d+/.exec(message)?.[1]) || undefined;
		const reason = message.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+\)/g, '').replace(/\s*\([\w-]+:[\w-]+\)$/, '');
		issues.push({ file, path: [], line, message: `is not valid MDX: ${reason}; close every tag (<Committee />) and write { and < as \\{ and \\< in text` });
		return { issues };
	}
	const uses: ComponentUse[] = [];
	const images: Record<string, string> = {};
	walkBody(tree, file, issues, uses, {
		headingIds: isMdx,
		image: (url) => {
			const image = pageImage(ref, contentDir, url);
			if ('path' in image) images[url] = image.path;
			return image.problem;
		},
		sitePath: (path) => sitePathProblem(path, known, { event: ref.event }),
		// Lectern's renderer hides addresses in a .md page; Astro renders an .mdx page as written.
		plainAddress: isMdx ? addressIn : () => undefined,
	});
	if (!result.success) return { issues };
	return {
		issues,
		read: {
			page: {
				id: pageId(ref),
				slug: ref.slug,
				...(ref.event ? { event: ref.event } : {}),
				file,
				...result.data,
				components: [...new Set(uses.map((use) => use.name))],
				images,
			},
			uses,
		},
	};
}

/**
 * The HTML elements a page may use: text, lists, tables, figures, details. Every other element
 * is refused, not only those that run code: `<noscript>`, `<textarea>` and `<title>` hold raw
 * text that Astro does not escape, so a `</noscript>` inside an attribute would end the element
 * and let what follows through as markup; media and forms load from or send to other sites.
 */
const pageElements = new Set(
	('abbr address article aside b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em ' +
		'figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i ins kbd li mark meter ol p pre progress q rp rt ruby s ' +
		'samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr').split(' '),
);
/** The page elements a paragraph cannot hold (HTML's flow content that is not phrasing content). */
const blockElements = new Set('address article aside blockquote details dl div figure footer h1 h2 h3 h4 h5 h6 header hgroup hr ol p pre section table ul'.split(' '));
/** The elements of HTML, to tell an element from a component written in lowercase (`<importantDates />`). */
const htmlElements = new Set([
	...pageElements,
	...('a applet area audio base body button canvas datalist dialog embed fieldset form frame frameset head html iframe img ' +
		'input label legend link main map math menu meta noscript object optgroup option output picture script search select ' +
		'slot source style svg template textarea title track video').split(' '),
]);
/** Attributes a page's elements may carry: none loads, runs or restyles anything, or takes an id the site uses. */
const pageAttributes = new Set('abbr cite class colspan datetime dir headers high lang low max min open optimum reversed rowspan scope span start title type value'.split(' '));

// Whether a JSX expression is only block comments, MDX's comment {/* … */}. Each ends at its first "*/", as in JavaScript.
function isOnlyComments(expression: string): boolean {
	let rest = expression.trim();
	while (rest.startsWith('/*')) {
		const end = rest.indexOf('*/', 2);
		if (end === -1) return false;
		rest = rest.slice(end + 2).trimStart();
	}
	return rest === '';
}

type Node = MdastNode & {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: Node[];
	position?: { start: { line: number } };
};

/** What is wrong with an image's address, a site path a link leads to, an address shown as it is; undefined when nothing. */
interface BodyChecks {
	/** Whether Astro gives the page's headings ids (MDX does; Lectern's Markdown renderer does not). */
	headingIds: boolean;
	image(url: string): string | undefined;
	sitePath(path: string): string | undefined;
	/** What is wrong with an e-mail address that `text` would show in plain text, `where` saying how. */
	plainAddress(text: string | undefined, where: string): string | undefined;
}

/**
 * Ids the layout and Lectern's page components give their elements (src/layouts/Base.astro,
 * src/components/): a page's heading must not take one, or the page has it twice. A unit test
 * keeps this in step with the components.
 */
export const layoutIds = ['list-filter', 'list-sort', 'main', 'page-sponsors', 'site-search-q', 'tz-select'];

/**
 * The text a paragraph shows, as one string: its text, and the text of the elements and emphasis
 * inside it, with comments left out, as MDX prints them. A link or code stands apart (each is
 * checked on its own), and an address in a single text node is a mail link already.
 */
const shownText = (node: Node): string =>
	(node.children ?? [])
		.map((child) => {
			if (child.type === 'text') return String(child.value);
			if (child.type === 'link' || child.type === 'inlineCode' || child.type === 'image' || child.type === 'break') return ' ';
			return shownText(child);
		})
		.join('');

/** A heading's text, as the id Astro gives it is made from. */
const headingText = (node: Node): string => (node.children ?? []).map((child) => (typeof child.value === 'string' ? child.value : headingText(child))).join('');

function walkBody(root: MdastNode, file: string, issues: ContentIssue[], uses: ComponentUse[], checks: BodyChecks): void {
	let sawHtml = false;
	// Astro gives each heading the id github-slugger makes of its text, in order, "-1" on repeats.
	const slugger = new GithubSlugger();
	const visit = (node: Node) => {
		const line = node.position?.start.line;
		const problem = (message: string, path: PropertyKey[] = []) => issues.push({ file, path, line, message });
		const report = (message: string | undefined) => message && problem(message);
		// Text that MDX prints in one piece, though the check reads it in several nodes.
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') report(checks.plainAddress(shownText(node), 'in text split by a comment or an element'));
		switch (node.type) {
			case 'mdxjsEsm':
				problem(`uses ${String(node.value).trimStart().startsWith('export') ? 'export' : 'import'}, which pages cannot: Lectern's components (${pageComponentNames.join(', ')}) work without import; remove the line`);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				// `{/* … */}` is MDX's comment, and runs nothing; `{/* a */ code /* b */}` runs code.
				if (!isOnlyComments(String(node.value))) {
					problem(`has the expression {${excerpt(String(node.value))}}, which pages cannot run; write the text itself, or \\{ for a literal brace`);
				}
				return;
			case 'html':
				// The first tag is enough: the rest of a page's HTML goes with it.
				if (!sawHtml) problem(`must not contain raw HTML (${JSON.stringify(excerpt(String(node.value)))}); use Markdown, or an .mdx file for Lectern's components`);
				sawHtml = true;
				return;
			case 'image': {
				const { alt, title } = node as Node & { alt?: string; title?: string };
				const wrong = alt?.trim() ? checks.image(node.url ?? '') : `has an image without a description; write what it shows, e.g. ![Map of the venue](${node.url ?? '../images/map.png'})`;
				if (wrong) problem(wrong);
				for (const text of [alt, title]) report(checks.plainAddress(text, 'in an image\'s description'));
				break;
			}
			case 'heading': {
				const text = headingText(node);
				const id = checks.headingIds ? slugger.slug(text) : '';
				if (layoutIds.includes(id)) problem(`has the heading ${JSON.stringify(text)}, whose id "${id}" the site's layout uses already; reword the heading`);
				break;
			}
			case 'inlineCode':
			case 'code':
				report(checks.plainAddress(String(node.value), 'as code'));
				break;
			case 'link':
			case 'definition': {
				report(checks.plainAddress((node as Node & { title?: string }).title, 'in a link\'s title'));
				const href = node.url ?? '';
				const target = checkLink(href);
				if (target.ok && target.kind === 'web') report(checks.plainAddress(href, 'in a link\'s address'));
				const wrong = !target.ok ? target.reason : target.kind === 'site' ? checks.sitePath(target.path) : undefined;
				if (wrong) problem(`has a link to ${JSON.stringify(href)} that ${wrong}`);
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				if (!checkElement(node, problem, uses)) return;
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};
	// A .md page parses as plain Markdown: it has no JSX or expressions, and its HTML is refused.
	visit(root as Node);
}

/**
 * An e-mail address where an MDX page would show it as plain text. Astro renders the page, not
 * Lectern's Markdown renderer, which hides addresses everywhere; in running text an address
 * becomes a mail link, which the page's link component hides.
 */
function addressIn(text: string | undefined, where: string): string | undefined {
	const span = text?.includes('@') ? addressSpans(text)[0] : undefined;
	if (!text || !span) return undefined;
	const address = text.slice(...span);
	return `shows the e-mail address "${address}" ${where}, in plain text for address harvesters; write it in running text or as a link, [${address}](mailto:${address}), which Lectern hides`;
}

function checkAddress(href: string, kind: 'link' | 'image', problem: (message: string, path?: PropertyKey[]) => void): void {
	const target = checkLink(href);
	if (!target.ok) problem(`has ${kind === 'link' ? 'a link to' : 'an image from'} ${JSON.stringify(href)} that ${target.reason}`);
	else if (kind === 'image' && (target.kind !== 'site' || target.path.startsWith('#'))) {
		problem(`has an image from ${JSON.stringify(href)}; images come from the site itself, so that no other site learns who reads the page`);
	}
}

/**
 * An image in a page: its address is the path of an image file of the content folder from the
 * page's own folder, as Markdown editors preview it ("../images/map.png"), and the build
 * publishes it in the sizes and formats the site needs (src/site/page-images.ts).
 */
function pageImage(ref: PageFileRef, contentDir: string, url: string): { path: string; problem?: undefined } | { problem: string } {
	const example = `"${relative(dirname(ref.path), resolve(contentDir, 'images/map.png')).split(sep).join('/')}" for content/images/map.png`;
	if (/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(url)) {
		return {
			problem: `has an image from ${JSON.stringify(url)}; images come from the content folder, so that no other site learns who reads the page: give the image's path from this page's folder, e.g. ${example}`,
		};
	}
	let path: string;
	try {
		path = relative(contentDir, resolve(dirname(ref.path), decodeURI(url))).split(sep).join('/');
	} catch {
		return { problem: `has an image ${JSON.stringify(url)} that is not a valid path; write it as e.g. ${example}` };
	}
	if (path.startsWith('..') || isAbsolute(path)) {
		return { problem: `has an image ${JSON.stringify(url)} outside the content folder; put it in the content folder and give its path from this page's folder, e.g. ${example}` };
	}
	if (!existsSync(resolve(contentDir, path))) return { problem: `has an image ${JSON.stringify(url)} that does not exist; give its path from this page's folder, e.g. ${example}` };
	const image = checkImageFile(contentDir, path);
	return image.ok ? { path } : { problem: `has an image ${JSON.stringify(url)} that ${image.reason}` };
}

/** Checks one JSX element; returns whether its children should be visited. */
function checkElement(node: Node, problem: (message: string, path?: PropertyKey[]) => void, uses: ComponentUse[]): boolean {
	const name = node.name ?? '';
	if (name === '') return true; // a fragment, <>…</>
	if (/^[A-Z]/.test(name) || name.includes('.')) {
		if (!(name in componentPropsSchemas)) {
			const suggestion = closest(name, pageComponentNames);
			problem(`<${name}> is not a Lectern component; ` + (suggestion ? `did you mean <${suggestion}>?` : `use one of: ${pageComponentNames.join(', ')}`));
			return false;
		}
		const component = name as PageComponentName;
		const props: Record<string, unknown> = {};
		let ok = true;
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
				problem(`<${component} {${excerpt(String(attribute.value))}}> spreads an expression into props, which pages cannot run; write each prop as name="value"`);
				ok = false;
				continue;
			}
			const value = literalValue(attribute.value);
			if (value === undefined) {
				problem(`is the expression {${excerpt(String((attribute.value as { value: unknown }).value))}}, which pages cannot run; write the value in quotes, e.g. ${attribute.name}="…"`, [component, attribute.name]);
				ok = false;
			} else props[attribute.name] = value;
		}
		if ((node.children ?? []).length > 0) {
			problem(`<${component}> takes no content between its tags; write it as <${component} … /> and put the text before or after it`);
		}
		if (ok) uses.push({ name: component, props, line: node.position?.start.line ?? 1 });
		return false;
	}
	const tag = name.toLowerCase();
	if (!htmlElements.has(tag)) {
		// MDX reads a lowercase name as an HTML element: <importantDates /> would show nothing.
		const component = pageComponentNames.find((known) => known.toLowerCase() === tag) ?? closest(name, pageComponentNames);
		problem(
			`<${name}> is neither an HTML element nor a Lectern component; ` +
				(component ? `did you mean <${component}>? Components start with a capital letter` : `use one of: ${pageComponentNames.join(', ')}`),
		);
		return false;
	}
	if (tag === 'a' || tag === 'img') {
		problem(`<${name}> is written as HTML; write it in Markdown, ${tag === 'a' ? '[text](https://…)' : '![description](../images/…)'}, which Lectern renders safely`);
		return true;
	}
	if (!pageElements.has(tag)) {
		problem(`must not contain <${name}>: nothing in a page may run code, restyle the site, embed or load from another site, or take input; use Markdown and Lectern's components`);
		return false;
	}
	if (node.type === 'mdxJsxTextElement' && blockElements.has(tag)) {
		// MDX puts an element that shares its line with text in that text's paragraph, and a <p> cannot hold a <div>.
		problem(`<${name}> would be inside a paragraph (it shares a line with text, or stands in a <p>), where HTML does not allow it; put <${name}> and its closing tag on lines of their own, with a blank line before and after`);
	}
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			problem(`<${name}> spreads an expression into attributes, which pages cannot run; write each attribute as name="value"`);
			continue;
		}
		const attr = attribute.name.toLowerCase();
		if (!pageAttributes.has(attr)) {
			problem(`<${name} ${attribute.name}> is not allowed: pages cannot carry scripts, styles, Astro directives, ids or addresses in attributes; remove the attribute`);
			continue;
		}
		const value = literalValue(attribute.value);
		if (value === undefined) {
			problem(`<${name} ${attribute.name}={…}> is an expression, which pages cannot run; write the value in quotes`);
		} else if (typeof value === 'string') {
			if (attr === 'cite') checkAddress(value, 'link', problem);
			const address = addressIn(value, `in <${name} ${attribute.name}>`);
			if (address) problem(address);
		}
	}
	return true;
}

/** The value of an attribute written as text, or as a literal such as {"text"}, {3} or {true}; `undefined` for anything that would run. */
function literalValue(value: unknown): unknown {
	if (value === null) return true; // <X flag />
	if (typeof value === 'string') return value;
	const source = String((value as { value?: unknown })?.value ?? '').trim();
	if (/^'[^'\\]*'$/.test(source)) return source.slice(1, -1);
	if (/^("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)$/.test(source)) {
		try {
			return JSON.parse(source) as unknown;
		} catch {
			return undefined; // an escape JSON does not know, such as "\x41", is JavaScript
		}
	}
	return undefined;
}

const excerpt = (text: string) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
};

/**
 * Components shown twice where their anchors would repeat: `<Sponsors>` (one heading id a page),
 * `<Programme>` of the same event's day (its sessions' and talks' ids). An id twice on a page is
 * invalid HTML, and a link to it leads to the first.
 */
function repeatedUses(page: Page, uses: readonly ComponentUse[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const programmes: Array<{ event: unknown; day: unknown }> = [];
	let sponsors = false;
	for (const use of uses) {
		const problem = (message: string) => issues.push({ file: page.file, path: [use.name], line: use.line, message });
		if (use.name === 'Sponsors') {
			if (sponsors) problem('is on this page already; a page shows sponsors once');
			sponsors = true;
		} else if (use.name === 'Programme') {
			const shown = { event: use.props.event ?? page.event, day: use.props.day };
			if (programmes.some((other) => other.event === shown.event && (other.day === undefined || shown.day === undefined || other.day === shown.day))) {
				problem(`shows sessions that a <Programme> above it shows already; show each day once, e.g. <Programme day="…" /> for each day`);
			}
			programmes.push(shown);
		}
	}
	return issues;
}

/** The ids in one component use, against the content: the event, person, day, committee or deadline it names. */
function checkUse(
	page: Page,
	use: ComponentUse,
	content: SourcedContent,
	existing: ExistingIds & { programmes: string[] },
	publishedPeople: ReadonlySet<string> | undefined,
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const problem = (prop: string, message: string) => issues.push({ file: page.file, path: [use.name, prop], line: use.line, message });
	const schema = componentPropsSchemas[use.name] as z.ZodType;
	const parsed = schema.safeParse(use.props);
	if (!parsed.success) {
		for (const issue of fromZodIssues(page.file, use.props, parsed.error.issues, schema)) {
			issues.push({ ...issue, path: [use.name, ...issue.path], line: use.line, message: issue.message.replace('docs/content-format.md', 'docs/pages.md') });
		}
		return issues;
	}
	const props = parsed.data as { event?: string; series?: string; person?: string; day?: string; name?: string; deadline?: string };
	if (props.series !== undefined) {
		const series = content.series.find((candidate) => candidate.id === props.series);
		if (!existing.series.includes(props.series)) {
			const suggestion = closest(props.series, existing.series);
			problem('series', `names series "${props.series}", which has no file in content/series/` + (suggestion ? `; did you mean "${suggestion}"?` : ''));
		} else if (props.event !== undefined) problem('series', 'and event name two things; give one of them');
		else if (series && series.data.sponsors.length === 0) problem('series', `"${props.series}" has no sponsors in its series file; add them there, or remove the component`);
		return issues;
	}
	const eventId = props.event ?? page.event;
	// A build leaves a draft edition out: a published page could not show it.
	const publishedPage = !page.draft && !(page.event && content.events.find((candidate) => candidate.id === page.event)?.data.draft);
	if (props.person !== undefined && !existing.people.includes(props.person)) {
		const suggestion = closest(props.person, existing.people);
		problem('person', `names person "${props.person}", who has no file; ` + (suggestion ? `did you mean "${suggestion}"?` : `add content/people/${props.person}.yaml`));
	} else if (props.person !== undefined && publishedPage && publishedPeople && !publishedPeople.has(props.person)) {
		problem('person', `names person "${props.person}", who has no role at a published edition, so the built site has no page for them; give them a role (a talk, a session, a committee), or make this page a draft`);
	}
	if (eventId === undefined) {
		if (use.name !== 'PersonCard') problem('event', `is required on a site page; name the event, e.g. event="item-2020"${use.name === 'Sponsors' ? ', or the series, e.g. series="item"' : ''}`);
		return issues;
	}
	if (!existing.events.includes(eventId)) {
		const suggestion = closest(eventId, existing.events);
		problem('event', `names event "${eventId}", which has no folder in content/events/` + (suggestion ? `; did you mean "${suggestion}"?` : ''));
		return issues;
	}
	const event = content.events.find((candidate) => candidate.id === eventId);
	if (!event) return issues; // its event.yaml has problems of its own, reported there
	const { data } = event;
	if (data.draft && publishedPage) {
		problem('event', `names event "${eventId}", which is a draft that npm run build leaves out; remove "draft: true" from its event.yaml to publish it, or make this page a draft too`);
		return issues;
	}
	if (use.name === 'Programme') {
		if (existing.programmes.includes(eventId) && !event.programme) return issues; // its programme.yaml has problems of its own
		const days = event.programme?.data.days.map((day) => day.date) ?? [];
		if (days.length === 0 && !event.programme?.data.unscheduled.length) problem('event', `"${eventId}" has no programme yet; add content/events/${eventId}/programme.yaml or remove the component`);
		else if (props.day !== undefined && !days.includes(props.day)) {
			problem('day', `${showValue(props.day)} is not a day of the ${eventId} programme; use one of: ${days.join(', ')}`);
		}
	}
	if (use.name === 'Committee' || use.name === 'ImportantDates' || use.name === 'CallForPapers' || use.name === 'Countdown' || use.name === 'Sponsors') {
		const needs = { Committee: data.committees.length, ImportantDates: data.importantDates.length, CallForPapers: data.callForPapers ? 1 : 0, Countdown: data.importantDates.length, Sponsors: data.sponsors.length }[use.name];
		const field = { Committee: 'committees', ImportantDates: 'importantDates', CallForPapers: 'callForPapers', Countdown: 'importantDates', Sponsors: 'sponsors' }[use.name];
		if (!needs) {
			problem('event', `"${eventId}" has no ${field} in its event.yaml; add them there, or remove the component`);
			return issues;
		}
	}
	if (use.name === 'Committee' && props.name !== undefined) {
		const names = data.committees.map((committee) => committee.title ?? committeeRoleLabels[committee.role]);
		if (!data.committees.some((committee) => committeeMatches(committee, props.name!))) {
			const suggestion = closest(props.name, names);
			problem('name', `${showValue(props.name)} is not a committee of ${eventId}; ` + (suggestion ? `did you mean "${suggestion}"?` : `use one of: ${names.join(', ')}`));
		}
	}
	if (use.name === 'Countdown' && props.deadline !== undefined) {
		const labels = data.importantDates.map((item) => item.label);
		if (!labels.includes(props.deadline)) {
			const suggestion = closest(props.deadline, labels);
			problem('deadline', `${showValue(props.deadline)} is not an important date of ${eventId}; ` + (suggestion ? `did you mean "${suggestion}"?` : `use one of: ${labels.join(', ')}`));
		}
	}
	return issues;
}
