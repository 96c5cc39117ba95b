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

/** Every Markdown text in data that passed `schema`, with its field path; the schema says which fields are Markdown. */
export function* markdownTexts(schema: z.core.$ZodType, data: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; text: string }> {
	for (const candidate of unwrap(schema)) {
		if (candidate === markdownSchema) {
			if (typeof data === 'string') yield { path, text: data };
			continue;
		}
		const def = candidate._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
		if (def.type === 'array' && def.element && Array.isArray(data)) {
			for (const [index, item] of data.entries()) yield* markdownTexts(def.element, item, [...path, index]);
		} else if ((def.type === 'object' || def.type === 'record') && typeof data === 'object' && data !== null) {
			for (const [key, value] of Object.entries(data)) {
				const field = def.type === 'object' ? def.shape?.[key] : def.valueType;
				if (field && value !== undefined) yield* markdownTexts(field, value, [...path, key]);
			}
		}
	}
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
				} else if (!isPublicFile(target.path.replace(/[?#].*$/, ''), known.publicDir)) {
					issues.push({
						file,
						path,
						message: `has an image from ${JSON.stringify(href)}, which is not a file in public/; put the file at public${target.path.replace(/[?#].*$/, '')}, or give the address of one that is there`,
					});
				}
			}
		}
	}
	return issues;
}
