import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { ContentIssue } from './issues.ts';

/**
 * Reading YAML content files. Two readers, one result:
 *
 * - `js-yaml` reads a file about six times faster than the `yaml` library's document model,
 *   and almost every file is fine, so it reads first;
 * - the `yaml` document model knows the line of every node and explains what is wrong, so it
 *   reads a file only when a line or a message is needed: for a file js-yaml refuses, for one
 *   that may hold aliases, and, lazily, when a later check asks for the line of a field.
 *
 * Both resolve plain scalars by the YAML 1.2 core schema (unquoted dates and times stay text, so
 * no timestamp shifts by zone); `tests/unit/yaml.test.ts` holds them to the same data. js-yaml
 * overlooks two slips of form that YAML refuses (a comment without a space before it, a quoted
 * text whose next line is indented too little) and reads what the organizer meant.
 */

/** A parsed file, and the line of a field path (or of its nearest parent that exists). */
export interface ParsedYaml {
	data: unknown;
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYaml(file: string, source: string): ParsedYaml | { issue: ContentIssue } {
	const data = readQuickly(source);
	if (data === undefined) return parseYamlDocument(file, source);
	return { data, lineOf: lineFinder(source) };
}

/** The line of a field path in `source`, from the document model, read the first time it is asked for. */
export function lineFinder(source: string): ParsedYaml['lineOf'] {
	let document: ReturnType<typeof parseDocumentWithLines> | undefined;
	return (path) => {
		document ??= parseDocumentWithLines(source);
		return lineOfPath(document.doc, document.lineCounter, path);
	};
}

/**
 * The YAML 1.2 core schema's plain scalars, with the `yaml` library's own patterns
 * (node_modules/yaml/dist/schema/core/). js-yaml keeps one type per tag, so each tag tries its
 * patterns in the library's order.
 */
const core = jsYaml.FAILSAFE_SCHEMA.extend({
	implicit: [
		scalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
		scalar('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]),
		scalar('int', [
			[/^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)],
			[/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
			[/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)],
		]),
		scalar('float', [
			[/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) => (/nan/i.test(text) ? NaN : text[0] === '-' ? -Infinity : Infinity)],
			[/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
			[/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
		]),
	],
});

function scalar(name: string, forms: [pattern: RegExp, construct: (text: string) => unknown][]) {
	const form = (text: string | null) => forms.find(([pattern]) => pattern.test(text ?? ''));
	return new jsYaml.Type(`tag:yaml.org,2002:${name}`, {
		kind: 'scalar',
		resolve: (text: string | null) => form(text) !== undefined,
		construct: (text: string | null) => form(text)![1](text ?? ''),
	});
}

/**
 * YAML features that js-yaml reads differently, so files that may use them go to the
 * document reader (text such as "R&D", "**bold**" or "[1]" at a line start merely takes the
 * slower reader):
 * - anchors and aliases, `&name` and `*name` after a space, a line start, a flow indicator or
 *   the colon of a JSON-style key (`{"a":*b}`):
 *   js-yaml expands aliases without a limit, the document reader refuses aliases that expand
 *   too far ("billion laughs");
 * - a collection as a key (`? ` or a flow collection where a key starts): js-yaml turns it into
 *   the text "[object Object]";
 * - a document marker (`---`, `...`) after the first line, or a directive (`%YAML`): js-yaml
 *   reads a marker inside quotes as text, where YAML forbids it;
 * - a bare `!` tag, which js-yaml takes for a text where YAML may refuse what follows;
 * - an empty or null key (`: value`, `~: value` at a line's start or in a flow collection):
 *   js-yaml names it "null", YAML "".
 * - a flow collection left open at a line's end (`members: [` …): js-yaml reads the lines after
 *   it however little they are indented, where YAML requires them indented below the key. Only
 *   the line's last `[` or `{` is looked at, so the time stays linear in the line's length.
 */
// Lookbehinds, so that the engine looks for the rare characters first (3.5 times faster).
const needsDocumentReader = /(?<=^|[\s,[{:])(?:[&*]\S|[!?](?:\s|$))|^[ \t-]*[[{]|(?<=[[{,][ \t]*)[[{]|(?<=\n)(?:---|\.\.\.)(?:\s|$)|^%|(?<=(?:^|[[{,])[ \t-]*(?:~|null|Null|NULL)?[ \t]*):(?:\s|$)|[[{][^\]}[{\n]*$/m;

/**
 * The file's data, or `undefined` when the document reader must read it. Every content file is a
 * mapping of fields; anything else is a mistake the document reader explains better.
 */
function readQuickly(source: string): Record<string, unknown> | undefined {
	if (needsDocumentReader.test(source)) return undefined;
	try {
		// Duplicate keys, unknown tags and several documents in one file throw.
		const data: unknown = jsYaml.load(source, { schema: core }) ?? {};
		return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

function parseDocumentWithLines(source: string) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
	return { doc, lineCounter };
}

/**
 * What the commonest slips of form mean, in an organizer's words, with the fix: a field written
 * twice (often a list item that lost its "-"), text with ": " that needs quotes, a tab as indent.
 * Lines and columns count from 1.
 */
function explainYamlError(code: string, lines: readonly string[], line: number, column: number): string | undefined {
	const text = lines[line - 1] ?? '';
	if (code === 'DUPLICATE_KEY') {
		const key = /^([^:#]+?)\s*:(?:\s|$)/.exec(text.slice(column - 1))?.[1];
		if (!key) return undefined;
		// Up through the same mapping: lines whose key starts in the same column, until its first line.
		let first: number | undefined;
		for (let at = line - 1; at >= 1; at--) {
			const above = lines[at - 1]!;
			if (!above.trim() || above.trimStart().startsWith('#')) continue;
			const item = /^(\s*)((?:-\s+)*)/.exec(above)!;
			const keyColumn = item[1]!.length + item[2]!.length + 1;
			if (keyColumn < column && !item[2]) break;
			if (keyColumn === column && new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:(?:\\s|$)`).test(above.slice(column - 1))) first = at;
			if (item[2] && keyColumn <= column) break;
		}
		return `"${key}" is written twice in one place${first ? ` (first at line ${first})` : ''}; keep one, or if a new list item starts here, put "- " before its first field`;
	}
	// Also reported for a line indented under a text value; only a value holding ": " is this slip.
	const field = /^(\s*(?:-\s+)?[^:#]+?):\s+(.*:\s.*\S)\s*$/.exec(text);
	if (code === 'BLOCK_AS_IMPLICIT_KEY' && field && !/^["']/.test(field[2]!)) {
		const quoted = `${field[1]!.trim()}: "${field[2]!.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
		return `the text holds ": ", which YAML reads as the start of another field; put the whole text in quotes, e.g. ${quoted}`;
	}
	if (code === 'TAB_AS_INDENT') return 'a line is indented with a tab; indent with spaces only';
	return undefined;
}

/** The document reader: the data, or an issue with the line and what to do. */
function parseYamlDocument(file: string, source: string): ParsedYaml | { issue: ContentIssue } {
	const { doc, lineCounter } = parseDocumentWithLines(source);
	const error = doc.errors[0];
	if (error) {
		const line = error.linePos?.[0].line;
		const column = error.linePos?.[0].col;
		const explained = line && column ? explainYamlError(error.code, source.split(/\r?\n/), line, column) : undefined;
		const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		return { issue: { file, path: [], line, message: `is not valid YAML: ${explained ?? `${reason}; check indentation and quoting`}` } };
	}
	// Tags such as !!js/function mean nothing to Lectern; the YAML library only warns about them.
	const unknownTag = doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
	if (unknownTag) {
		const tag = /Unresolved tag: (\S+)/.exec(unknownTag.message)?.[1]?.replace('tag:yaml.org,2002:', '!!') ?? 'a tag';
		return {
			issue: { file, path: [], line: unknownTag.linePos?.[0].line, message: `uses the YAML tag ${tag}, which Lectern does not read; remove the tag and write the value as plain text` },
		};
	}
	try {
		// The library refuses aliases that expand past its limit ("billion laughs"), by throwing.
		const data = doc.toJS({ maxAliasCount: 100 }) ?? {};
		return { data, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
	} catch (thrown) {
		const reason = thrown instanceof Error ? thrown.message : String(thrown);
		const aliases = /alias/i.test(reason);
		return {
			issue: {
				file,
				path: [],
				line: aliases ? firstAliasLine(doc, lineCounter) : undefined,
				message: aliases
					? `repeats values with YAML aliases (*name) that expand too far; write the values out instead`
					: `could not be read (${reason}); check the file against docs/content-format.md`,
			},
		};
	}
}

function firstAliasLine(doc: Document, lineCounter: LineCounter): number | undefined {
	let line: number | undefined;
	visit(doc, {
		Alias(_key, node) {
			if (node.range) line = lineCounter.linePos(node.range[0]).line;
			return visit.BREAK;
		},
	});
	return line;
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
