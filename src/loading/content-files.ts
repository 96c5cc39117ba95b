import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { imageFormats } from './images.ts';
import type { ContentIssue } from './issues.ts';
import { slugify } from '../model/slug.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';

/**
 * Finds and reads the content files. Layout:
 *
 *   content/site.yaml                          the site's settings
 *   content/images/…                           images (any folders below), also beside event.yaml
 *   content/series/<series-id>.yaml
 *   content/people/<person-id>.yaml
 *   content/events/<event-id>/event.yaml
 *   content/events/<event-id>/programme.yaml   (optional)
 *   content/pages/<slug>.md(x), content/events/<event-id>/pages/<slug>.md(x)   (pages, read by pages.ts)
 *
 * Finding and reading the files is one step, parsing them another: `loadContent` parses only
 * the files its cache does not know (`content-cache.ts`).
 */

export type ContentKind = 'site' | 'series' | 'person' | 'event' | 'programme';

/** A content file found and read, not yet parsed. */
export interface ContentSource {
	kind: ContentKind;
	/** Id from the file or folder name. */
	id: string;
	/** Path from the project root, as messages print it. */
	file: string;
	/** The file's text. */
	text: string;
}

/** A parsed content file: its YAML data, not yet validated, and the line of a field path. */
export type ContentFile = Omit<ContentSource, 'text'> & ParsedYaml;

export interface FoundContent {
	/** The files that could be read as text. */
	sources: ContentSource[];
	/** Ids of every content file found, read or not, by kind. */
	ids: Record<ContentKind, string[]>;
	issues: ContentIssue[];
	/** Page files (Markdown or MDX), found but not read: `pages.ts` reads and checks them. */
	pages: PageFileRef[];
}

/** A page file: `content/pages/<slug>.mdx` or `content/events/<event>/pages/<slug>.mdx`. */
export interface PageFileRef {
	/** Absolute path, to read the file. */
	path: string;
	/** Path from the project root, as messages print it. */
	file: string;
	/** The file name without its extension: the last part of the page's address. */
	slug: string;
	/** The event whose page it is; absent for site pages. */
	event?: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses every content file below `contentDir`, for commands that need their data as written. */
export function readContentFiles(contentDir: string, root = process.cwd()): { files: ContentFile[]; issues: ContentIssue[] } {
	const found = findContentFiles(contentDir, root);
	const files: ContentFile[] = [];
	const issues = [...found.issues];
	for (const { text, ...source } of found.sources) {
		const parsed = parseYaml(source.file, text);
		if ('issue' in parsed) issues.push(parsed.issue);
		else files.push({ ...source, ...parsed });
	}
	return { files, issues };
}

/** Finds and reads every content file below `contentDir`; `root` is what paths in messages are relative to. */
export function findContentFiles(contentDir: string, root = process.cwd()): FoundContent {
	const sources: ContentSource[] = [];
	const issues: ContentIssue[] = [];
	const ids: Record<ContentKind, string[]> = { site: [], series: [], person: [], event: [], programme: [] };
	const pages: PageFileRef[] = [];
	const display = (path: string) => relative(root, path).split(sep).join('/');

	const read = (path: string, kind: ContentKind, id: string) => {
		const file = display(path);
		if (!idPattern.test(id)) {
			issues.push({
				file,
				path: [],
				message: `"${id}" is not a valid id; rename it to lowercase letters, digits and single hyphens, e.g. "${suggestId(id)}"`,
			});
			return;
		}
		ids[kind].push(id);
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch (thrown) {
			const code = (thrown as NodeJS.ErrnoException).code;
			issues.push({ file, path: [], message: `could not be read (${code === 'EISDIR' ? 'it is a folder' : (code ?? String(thrown))}); make it a readable YAML file` });
			return;
		}
		const text = decodeUtf8(file, bytes);
		if (typeof text !== 'string') {
			issues.push(text);
			return;
		}
		sources.push({ kind, id, file, text });
	};

	const unexpected = (path: string, expected: string) =>
		issues.push({ file: display(path), path: [], message: `is not a content file Lectern reads; ${expected}` });

	if (!existsSync(contentDir)) {
		issues.push({ file: display(contentDir), path: [], message: 'does not exist; create it with site.yaml and series/, people/ and events/ folders' });
		return { sources, ids, issues, pages };
	}

	for (const entry of readdirSync(contentDir)) {
		const path = join(contentDir, entry);
		if (ignored(entry) || entry === 'site.yaml') continue;
		if (!['series', 'people', 'events', 'images', 'pages'].includes(entry)) {
			unexpected(path, 'the content folder holds only site.yaml and series/, people/, events/, images/ and pages/');
		}
	}
	const sitePath = join(contentDir, 'site.yaml');
	if (existsSync(sitePath)) read(sitePath, 'site', 'site');
	else issues.push({ file: display(sitePath), path: [], message: 'is missing; every project needs a site.yaml with at least the site\'s name and description' });

	const readPages = (dir: string, event?: string) => {
		if (!existsSync(dir)) return;
		if (!statSync(dir).isDirectory()) {
			unexpected(dir, 'pages/ is a folder of .md and .mdx files');
			return;
		}
		for (const name of readdirSync(dir).sort()) {
			if (ignored(name)) continue;
			const path = join(dir, name);
			const slug = /^(.*)\.mdx?$/.exec(name)?.[1];
			if (slug === undefined || statSync(path).isDirectory()) {
				unexpected(path, 'pages/ holds pages only, one <name>.mdx (or .md) file each; keep images and other files out of it');
			} else if (!idPattern.test(slug)) {
				issues.push({
					file: display(path),
					path: [],
					message: `"${slug}" is not a valid page name; rename it to lowercase letters, digits and single hyphens, e.g. "${suggestId(slug)}"`,
				});
			} else pages.push({ path, file: display(path), slug, ...(event ? { event } : {}) });
		}
	};
	readPages(join(contentDir, 'pages'));

	for (const [folder, kind] of [
		['series', 'series'],
		['people', 'person'],
	] as const) {
		const dir = join(contentDir, folder);
		if (!existsSync(dir)) continue;
		for (const entry of readdirSync(dir).sort()) {
			if (ignored(entry)) continue;
			const path = join(dir, entry);
			if (entry.endsWith('.yaml')) read(path, kind, entry.slice(0, -'.yaml'.length));
			else unexpected(path, `name it <id>.yaml${entry.endsWith('.yml') ? ' (.yaml, not .yml)' : ''}`);
		}
	}

	const eventsDir = join(contentDir, 'events');
	if (existsSync(eventsDir)) {
		for (const entry of readdirSync(eventsDir).sort()) {
			if (ignored(entry)) continue;
			const dir = join(eventsDir, entry);
			if (!statSync(dir).isDirectory()) {
				unexpected(dir, 'each event is a folder named by its id, holding event.yaml and programme.yaml');
				continue;
			}
			if (!existsSync(join(dir, 'event.yaml'))) {
				issues.push({ file: display(join(dir, 'event.yaml')), path: [], message: 'is missing; every event folder needs an event.yaml' });
			}
			for (const name of readdirSync(dir).sort()) {
				if (ignored(name)) continue;
				const path = join(dir, name);
				if (name === 'event.yaml') read(path, 'event', entry);
				else if (name === 'programme.yaml') read(path, 'programme', entry);
				else if (name === 'pages') readPages(path, entry);
				else if (!isImageFile(name) && !(name === 'images' && statSync(path).isDirectory())) {
					unexpected(path, 'an event folder holds event.yaml, programme.yaml, pages/ and images (beside them or in images/) only');
				}
			}
		}
	}

	return { sources, ids, issues, pages };
}

const suggestId = (name: string) => slugify(name) || 'my-id';

/** Hidden files, and what editors and merges leave beside a file: `name~`, `#name#`, `.bak`, `.orig`, `.swp`. */
const ignored = (name: string) => name.startsWith('.') || /~$|^#.*#$|\.(bak|orig|swp|tmp)$/i.test(name);

/** Images may sit beside an event's files; the content check looks at those that are used. */
const isImageFile = (name: string) => (imageFormats as readonly string[]).includes(name.slice(name.lastIndexOf('.') + 1).toLowerCase());

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text, or an issue naming the line of the first byte that is not UTF-8: a file
 * saved as Latin-1 would otherwise publish "J\uFFFDrgen". A byte-order mark is dropped.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string | ContentIssue {
	try {
		return utf8.decode(bytes);
	} catch {
		const bad = firstInvalidUtf8(bytes);
		const line = bytes.subarray(0, bad).filter((byte) => byte === 0x0a).length + 1;
		return {
			file,
			path: [],
			line,
			message: `is not UTF-8 (byte 0x${bytes[bad]!.toString(16).toUpperCase()} on line ${line}); save the file as UTF-8 in your editor`,
		};
	}
}

/** Offset of the first byte that breaks UTF-8: the end of the shortest prefix that fails to decode. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let valid = 0;
	let invalid = bytes.length;
	while (invalid - valid > 1) {
		const middle = (valid + invalid) >> 1;
		try {
			// `stream` holds back a sequence cut off at the end, so only real errors throw.
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
			valid = middle;
		} catch {
			invalid = middle;
		}
	}
	return invalid - 1;
}

/**
 * Front matter as Astro finds it (parseFrontmatter of @astrojs/internal-helpers, which the
 * content layer and MDX use): from the first line to the next line that starts with "---". The
 * check must read the very body Astro compiles: a pattern of Lectern's own once ended the front
 * matter elsewhere ("---" and a tab), and MDX compiled the text between unchecked.
 */
const astroFrontMatter = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** A page file split as Astro splits it, or undefined when it has no YAML front matter at its start. */
export interface PageParts {
	/** The YAML, from the rest of the opening "---" line on: its lines are the file's. */
	yaml: string;
	/** The body as Astro hands it to MDX: the front matter blanked, its lines kept. */
	body: string;
	/** What follows the closing "---" on its line, which Astro reads as the body's start. */
	afterClosing: string;
	/** The line of the closing "---". */
	closingLine: number;
}

export function splitPage(source: string): PageParts | undefined {
	const match = astroFrontMatter.exec(source);
	if (!match || !/^---[ \t]*\r?\n/.test(source) || !match[0].endsWith('---')) return undefined;
	const yaml = match[1]!;
	return {
		yaml,
		body: source.replace(`---${yaml}---`, `   ${yaml.replace(/[^\r\n]/g, ' ')}   `),
		afterClosing: source.slice(match.index + match[0].length).split('\n')[0]!,
		closingLine: yaml.split('\n').length,
	};
}
