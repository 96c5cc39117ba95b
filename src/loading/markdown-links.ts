import type { z } from 'astro/zod';
import { markdownTargets } from '../model/markdown.ts';
import { checkLink } from '../model/safe-url.ts';
import { markdownSchema } from '../schemas/common.ts';
import { EventSchema } from '../schemas/event.ts';
import { PersonSchema } from '../schemas/person.ts';
import { ProgrammeSchema } from '../schemas/programme.ts';
import { SeriesSchema } from '../schemas/series.ts';
import { SiteSchema } from '../schemas/site.ts';
import { unwrap, type ContentIssue } from './issues.ts';
import { isPublicFile, sitePathProblem, type SitePaths } from './site-paths.ts';
import type { SourcedContent } from './validation.ts';

/**
 * The site's own addresses in the Markdown fields of the YAML files (abstracts, bios, an event's
 * about, …). Each file's schema has passed already; what a link leads to spans files, so it is
 * checked here, on every run, like the links of pages and the menu.
 */

/** Where a schema has Markdown: field names, and "*" for each item of a list or a record. */
type FieldPattern = ReadonlyArray<string>;

const patternsBySchema = new WeakMap<z.core.$ZodType, FieldPattern[]>();

/** The Markdown fields of a schema, found once: the schema says which fields are Markdown. */
function markdownPatterns(schema: z.core.$ZodType): FieldPattern[] {
	let patterns = patternsBySchema.get(schema);
	if (patterns) return patterns;
	patterns = unwrap(schema).flatMap((candidate): FieldPattern[] => {
		if (candidate === markdownSchema) return [[]];
		const def = candidate._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
		if (def.type === 'array' && def.element) return markdownPatterns(def.element).map((pattern) => ['*', ...pattern]);
		if (def.type === 'record' && def.valueType) return markdownPatterns(def.valueType).map((pattern) => ['*', ...pattern]);
		if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([key, field]) => markdownPatterns(field).map((pattern) => [key, ...pattern]));
		return [];
	});
	patternsBySchema.set(schema, patterns);
	return patterns;
}

/**
 * Every Markdown text in data that passed `schema`, with its field path. Only the fields the
 * schema marks as Markdown are visited: at 5,000 talks, walking every field took a tenth of the check.
 */
function markdownTexts(schema: z.core.$ZodType, data: unknown): Array<{ path: PropertyKey[]; text: string }> {
	const found: Array<{ path: PropertyKey[]; text: string }> = [];
	const path: PropertyKey[] = [];
	const visit = (value: unknown, pattern: FieldPattern, depth: number) => {
		if (depth === pattern.length) {
			if (typeof value === 'string') found.push({ path: [...path], text: value });
			return;
		}
		if (typeof value !== 'object' || value === null) return;
		const step = pattern[depth]!;
		const entries: Array<[PropertyKey, unknown]> = step !== '*' ? [[step, (value as Record<string, unknown>)[step]]] : Array.isArray(value) ? [...value.entries()] : Object.entries(value);
		for (const [key, item] of entries) {
			if (item === undefined) continue;
			path.push(key);
			visit(item, pattern, depth + 1);
			path.pop();
		}
	};
	for (const pattern of markdownPatterns(schema)) visit(data, pattern, 0);
	return found;
}

/**
 * Links in Markdown fields that lead to no page of the site, and images that are not files of
 * the public folder: either would be broken on every page that shows the text.
 */
export function markdownLinkIssues(content: SourcedContent, known: SitePaths): ContentIssue[] {
	const files: Array<{ file: string; schema: z.core.$ZodType; data: unknown; event?: string }> = [
		...(content.site ? [{ file: content.site.file, schema: SiteSchema, data: content.site.data }] : []),
		...content.series.map(({ file, data }) => ({ file, schema: SeriesSchema, data })),
		...content.people.map(({ file, data }) => ({ file, schema: PersonSchema, data })),
		...content.events.flatMap(({ id, file, data, programme }) => [
			{ file, schema: EventSchema, data, event: id },
			...(programme ? [{ file: programme.file, schema: ProgrammeSchema, data: programme.data, event: id }] : []),
		]),
	];
	const issues: ContentIssue[] = [];
	for (const { file, schema, data, event } of files) {
		for (const { path, text } of markdownTexts(schema, data)) {
			for (const { kind, href } of markdownTargets(text)) {
				const target = checkLink(href);
				if (!target.ok || target.kind !== 'site' || target.path.startsWith('#')) continue;
				if (kind === 'link') {
					const problem = sitePathProblem(target.path, known, { event });
					if (problem) issues.push({ file, path, message: `has a link to ${JSON.stringify(href)} that ${problem}` });
				} else {
					const image = target.path.replace(/[?#].*$/, '');
					if (!isPublicFile(image, known.publicDir)) {
						issues.push({ file, path, message: `has an image from ${JSON.stringify(href)}, which is not a file in public/; put the file at public${image}, or give the address of one that is there` });
					}
				}
			}
		}
	}
	return issues;
}
