import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ContentIssue } from './issues.ts';
import { slugify } from './slug.ts';

/**
 * Finds and parses the content files. Layout:
 *
 *   content/series/<series-id>.yaml
 *   content/people/<person-id>.yaml
 *   content/events/<event-id>/event.yaml
 *   content/events/<event-id>/programme.yaml   (optional)
 *
 * The reader keeps each YAML document so that issues can name the line of a field.
 */

export type ContentKind = 'series' | 'person' | 'event' | 'programme';

export interface ContentFile {
	kind: ContentKind;
	/** Id from the file or folder name. */
	id: string;
	/** Path from the project root, as messages print it. */
	file: string;
	/** The parsed YAML, not yet validated. */
	data: unknown;
	/** The 1-based line of a field path, or of its nearest parent that exists. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ContentFiles {
	/** The files that parsed as YAML. */
	files: ContentFile[];
	/** Ids of every content file found, parsed or not, by kind. */
	ids: Record<ContentKind, string[]>;
	issues: ContentIssue[];
	/** Every file read, by path, to give lines for issues found later. */
	byPath: Map<string, ContentFile>;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads every content file below `contentDir`; `root` is what paths in messages are relative to. */
export function readContentFiles(contentDir: string, root = process.cwd()): ContentFiles {
	const files: ContentFile[] = [];
	const issues: ContentIssue[] = [];
	const ids: Record<ContentKind, string[]> = { series: [], person: [], event: [], programme: [] };
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
		const parsed = parseYamlOnce(path, file, readFileSync(path, 'utf8'));
		if ('issue' in parsed) issues.push(parsed.issue);
		else files.push({ kind, id, file, ...parsed });
	};

	const unexpected = (path: string, expected: string) =>
		issues.push({ file: display(path), path: [], message: `is not a content file Lectern reads; ${expected}` });

	if (!existsSync(contentDir)) {
		issues.push({ file: display(contentDir), path: [], message: 'does not exist; create it with series/, people/ and events/ folders' });
		return { files, ids, issues, byPath: new Map() };
	}

	for (const entry of readdirSync(contentDir)) {
		const path = join(contentDir, entry);
		if (entry.startsWith('.')) continue;
		if (!['series', 'people', 'events'].includes(entry)) {
			unexpected(path, 'the content folder holds only series/, people/ and events/');
		}
	}

	for (const [folder, kind] of [
		['series', 'series'],
		['people', 'person'],
	] as const) {
		const dir = join(contentDir, folder);
		if (!existsSync(dir)) continue;
		for (const entry of readdirSync(dir).sort()) {
			if (entry.startsWith('.')) continue;
			const path = join(dir, entry);
			if (entry.endsWith('.yaml')) read(path, kind, entry.slice(0, -'.yaml'.length));
			else unexpected(path, `name it <id>.yaml${entry.endsWith('.yml') ? ' (.yaml, not .yml)' : ''}`);
		}
	}

	const eventsDir = join(contentDir, 'events');
	if (existsSync(eventsDir)) {
		for (const entry of readdirSync(eventsDir).sort()) {
			if (entry.startsWith('.')) continue;
			const dir = join(eventsDir, entry);
			if (!statSync(dir).isDirectory()) {
				unexpected(dir, 'each event is a folder named by its id, holding event.yaml and programme.yaml');
				continue;
			}
			if (!existsSync(join(dir, 'event.yaml'))) {
				issues.push({ file: display(join(dir, 'event.yaml')), path: [], message: 'is missing; every event folder needs an event.yaml' });
			}
			for (const name of readdirSync(dir).sort()) {
				if (name.startsWith('.')) continue;
				const path = join(dir, name);
				if (name === 'event.yaml') read(path, 'event', entry);
				else if (name === 'programme.yaml') read(path, 'programme', entry);
				else unexpected(path, 'an event folder holds event.yaml and programme.yaml only');
			}
		}
	}

	return { files, ids, issues, byPath: new Map(files.map((file) => [file.file, file])) };
}

/** The last parse of each file: a dev server reloads all files after an edit, and parses only the changed ones again. */
const parsedFiles = new Map<string, { file: string; source: string; parsed: ReturnType<typeof parseYaml> }>();
function parseYamlOnce(path: string, file: string, source: string): ReturnType<typeof parseYaml> {
	const known = parsedFiles.get(path);
	if (known && known.file === file && known.source === source) return known.parsed;
	const parsed = parseYaml(file, source);
	parsedFiles.set(path, { file, source, parsed });
	return parsed;
}

const suggestId = (name: string) => slugify(name) || 'my-id';

function parseYaml(
	file: string,
	source: string,
): { data: unknown; lineOf: ContentFile['lineOf'] } | { issue: ContentIssue } {
	const lineCounter = new LineCounter();
	// YAML 1.2 core schema: unquoted dates and times stay text, so no timestamp shifts by zone.
	const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
	const error = doc.errors[0];
	if (error) {
		const line = error.linePos?.[0].line;
		return {
			issue: { file, path: [], line, message: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}; check indentation and quoting` },
		};
	}
	const data = doc.toJS() ?? {};
	return { data, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
	let node: Node | null | undefined = doc.contents;
	let line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (!pair) break;
			const keyNode = pair.key as Node;
			if (keyNode.range) line = lineCounter.linePos(keyNode.range[0]).line;
			node = pair.value as Node | null;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) break;
			if (item.range) line = lineCounter.linePos(item.range[0]).line;
			node = item;
		} else {
			break;
		}
	}
	return line;
}
