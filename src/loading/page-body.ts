import GithubSlugger from 'github-slugger';
import type { MdastNode } from 'satteri';
import { componentPropsSchemas, type PageComponentName } from '../schemas/components.ts';
import { closest, type ContentIssue } from './issues.ts';
import { addressSpans } from '../model/email.ts';
import { checkLink } from '../model/safe-url.ts';

/**
 * What the body of an organizer's page may hold, read from its syntax tree (satteri's mdast of
 * the Markdown or MDX): which elements and attributes, which links, images and e-mail addresses,
 * and where Lectern's components are used. pages.ts reads the file and checks the component uses
 * against the content.
 *
 * What a page may hold, and why: organizers are trusted more than imported text, but nothing
 * from content runs in a visitor's browser. So MDX `import`/`export` and `{…}` expressions are
 * refused (Lectern's components need no import, and their props are plain text); HTML elements
 * come from a list of those that show text, and carry no event handlers, styles, ids or Astro
 * directives; and links and images follow the rules of Markdown fields (src/model/markdown.ts).
 */

/** The component names pages can use. */
export const pageComponentNames = Object.keys(componentPropsSchemas) as PageComponentName[];

/** A component use found in a page body, to check against the content once it is loaded. */
export interface ComponentUse {
	name: PageComponentName;
	props: Record<string, unknown>;
	line: number;
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
export interface BodyChecks {
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

export function walkBody(root: MdastNode, file: string, issues: ContentIssue[], uses: ComponentUse[], checks: BodyChecks): void {
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
export function addressIn(text: string | undefined, where: string): string | undefined {
	const span = text?.includes('@') ? addressSpans(text)[0] : undefined;
	if (!text || !span) return undefined;
	const address = text.slice(...span);
	return `shows the e-mail address "${address}" ${where}, in plain text for address harvesters; write it in running text or as a link, [${address}](mailto:${address}), which Lectern hides`;
}

/** What is wrong with the address of a `cite` attribute (a quotation's source), if anything. */
function citeProblem(href: string): string | undefined {
	const target = checkLink(href);
	return target.ok ? undefined : `has a link to ${JSON.stringify(href)} that ${target.reason}`;
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
			const wrongCite = attr === 'cite' ? citeProblem(value) : undefined;
			if (wrongCite) problem(wrongCite);
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

