import type { z } from 'astro/zod';

/**
 * A problem in a content file, as `npm run check` prints it: the file, the line where known,
 * the field path, and a message that says what is wrong and what would be right.
 */
export interface ContentIssue {
	/** Path of the file from the project root, e.g. `content/events/item-2020/programme.yaml`. */
	file: string;
	/** Field path inside the file, e.g. `days[0].sessions[3].end`; empty for the whole file. */
	path: PropertyKey[];
	/** What is wrong and how to fix it. */
	message: string;
	/** 1-based line in the file, where the field could be found. */
	line?: number;
}

/** Formats a field path the way organizers read it: `days[0].sessions[3].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += text ? `.${String(key)}` : String(key);
	}
	return text;
}

/** One line per issue: `file:line: path message`. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
	const field = formatPath(issue.path);
	return field ? `${where}: ${field} ${issue.message}` : `${where}: ${issue.message}`;
}

/** Thrown so the build stops, and `astro dev` shows, the same report `npm run check` prints. */
export class ContentError extends Error {
	readonly issues: ContentIssue[];
	constructor(issues: ContentIssue[]) {
		super(
			`${issues.length} problem${issues.length === 1 ? '' : 's'} in content:\n` +
				issues.map(formatIssue).join('\n'),
		);
		this.name = 'ContentError';
		this.issues = issues;
		// The problems are in the content, not in Lectern's code: Astro prints no stack trace of ours under them.
		this.stack = '';
	}
}

/** Sorts issues by file, then line, so the report reads top to bottom. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
	return [...issues].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
	);
}

/** Quotes a value for a message: strings in double quotes, the rest as JSON. */
export function showValue(value: unknown): string {
	// The opening of a long text is enough to find it; the line number says where.
	if (typeof value === 'string') return JSON.stringify(value.length > 120 ? `${value.slice(0, 100)}…` : value);
	if (value === undefined) return 'nothing';
	if (value instanceof Date) return value.toISOString();
	return JSON.stringify(value) ?? String(value);
}

/** The nearest of `candidates` to `word` by edit distance, when close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
	for (const candidate of candidates) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function kindOf(value: unknown): string {
	if (value === null) return 'empty (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	return `${typeof value} ${showValue(value)}`;
}

const expectedNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping of fields',
};

/**
 * Turns Zod's issues into content issues with messages written for organizers. Schema fields
 * carry their own messages (with the fix); the generic cases are worded here. `schema` is the one
 * that found the issues: it names the fields an unknown one may be a misspelling of.
 */
export function fromZodIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[], schema: z.core.$ZodType): ContentIssue[] {
	const result: ContentIssue[] = [];
	for (const issue of issues) {
		const path = issue.path as PropertyKey[];
		const value = valueAt(data, path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				// The fields the schema has there, written or not: a misspelt field is usually missing.
				const fields = fieldsAt(schema, path);
				for (const key of issue.keys) {
					const suggestion = closest(key, fields);
					result.push({
						file,
						path: [...path, key],
						message: suggestion
							? `is not a known field; did you mean "${suggestion}"?`
							: 'is not a known field; remove it or check its spelling against docs/content-format.md',
					});
				}
				break;
			}
			case 'invalid_type': {
				const expected = expectedNames[issue.expected] ?? issue.expected;
				if (value === undefined) {
					const what = issue.expected === 'string' ? '' : ` (${expected})`;
					result.push({ file, path, message: `is required; add it${what}` });
				} else if (issue.message && !issue.message.startsWith('Invalid input')) {
					result.push({ file, path, message: `${issue.message} (got ${kindOf(value)})` });
				} else {
					result.push({ file, path, message: `must be ${expected}, not ${kindOf(value)}` });
				}
				break;
			}
			case 'invalid_value': {
				const options = issue.values.map((v) => String(v));
				const suggestion = typeof value === 'string' ? closest(value, options) : undefined;
				result.push({
					file,
					path,
					message:
						value === undefined
							? `is required; add it, one of: ${options.join(', ')}`
							: `${showValue(value)} is not allowed; use one of: ${options.join(', ')}` + (suggestion ? ` (did you mean "${suggestion}"?)` : ''),
				});
				break;
			}
			case 'invalid_union': {
				result.push({ file, path, message: `${showValue(value)} is not valid here; ${unionHint(issue)}` });
				break;
			}
			default:
				result.push({ file, path, message: value === undefined ? issue.message : `${showValue(value)} ${issue.message}` });
		}
	}
	return result;
}

/**
 * The names of the fields the schema allows in the mapping at `path`, through lists, optional
 * values and unions (a union's options together).
 */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
	let schemas = unwrap(schema);
	for (const key of path) {
		schemas = schemas.flatMap((candidate) => {
			const def = candidate._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
			if (def.type === 'array' && typeof key === 'number' && def.element) return unwrap(def.element);
			if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) return unwrap(def.shape[key]);
			if (def.type === 'record' && def.valueType) return unwrap(def.valueType);
			return [];
		});
	}
	return [...new Set(schemas.flatMap((candidate) => Object.keys((candidate._zod.def as { shape?: object }).shape ?? {})))];
}

/** The schemas a value may meet: wrappers (optional, default, pipe, lazy, …) removed, unions spread. */
export function unwrap(schema: z.core.$ZodType): z.core.$ZodType[] {
	const def = schema._zod.def as {
		type: string;
		innerType?: z.core.$ZodType;
		in?: z.core.$ZodType;
		getter?: () => z.core.$ZodType;
		options?: z.core.$ZodType[];
		left?: z.core.$ZodType;
		right?: z.core.$ZodType;
	};
	if (def.innerType) return unwrap(def.innerType);
	if (def.type === 'pipe' && def.in) return unwrap(def.in);
	if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
	if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
	if (def.type === 'intersection' && def.left && def.right) return [...unwrap(def.left), ...unwrap(def.right)];
	return [schema];
}

function unionHint(issue: z.core.$ZodIssueInvalidUnion): string {
	const messages = issue.errors.flat().map((e) => e.message).filter((m) => !m.startsWith('Invalid input'));
	return messages.length ? messages.join('; or ') : 'check the format in docs/content-format.md';
}
