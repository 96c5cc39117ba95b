import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { EventSchema } from '../schemas/event.ts';
import { PersonSchema } from '../schemas/person.ts';
import { ProgrammeSchema } from '../schemas/programme.ts';
import { SeriesSchema } from '../schemas/series.ts';
import { SiteSchema } from '../schemas/site.ts';
import { defaultContentDir } from './content-dir.ts';
import type { ContentCache } from './content-cache.ts';
import { findContentFiles, type ContentKind, type ContentSource } from './content-files.ts';
import { checkImageFile, imageUses } from './images.ts';
import { ContentError, fromZodIssues, sortIssues, type ContentIssue } from './issues.ts';
import { buildModel, type Model, type ModelOptions } from '../model/model.ts';
import { markdownLinkIssues } from './markdown-links.ts';
import { checkPages } from './pages.ts';
import type { Page } from '../model/organizer-pages.ts';
import { siteLinkIssues, sitePaths } from './site-paths.ts';
import { guard, validateContent, type Sourced, type SourcedContent } from './validation.ts';
import { lineFinder, parseYaml, type ParsedYaml } from './yaml.ts';

/**
 * The one way content enters Lectern: read the files, validate each against its schema,
 * check what spans files, then build the model. `npm run check`, the build and the tests
 * all come through here.
 */

export type LoadResult =
	| { ok: true; model: Model; content: SourcedContent; issues: [] }
	| { ok: false; issues: ContentIssue[] };

const schemas: Record<ContentKind, z.ZodType> = {
	site: SiteSchema,
	series: SeriesSchema,
	person: PersonSchema,
	event: EventSchema,
	programme: ProgrammeSchema,
};

export interface LoadOptions extends ModelOptions {
	/** Validated files kept from an earlier run: only files it does not know are parsed and validated. */
	cache?: ContentCache;
}

/** Loads and validates all content below `contentDir`. Never throws for bad content. */
export function loadContent(contentDir = defaultContentDir(), root = process.cwd(), options: LoadOptions = {}): LoadResult {
	const { cache, ...modelOptions } = options;
	const found = findContentFiles(contentDir, root);
	const issues: ContentIssue[] = [...found.issues];
	const content: SourcedContent = { series: [], people: [], events: [] };
	const programmes = new Map<string, Sourced<z.output<typeof ProgrammeSchema>>>();
	const lines = new Map<string, ParsedYaml['lineOf']>();

	for (const source of found.sources) {
		const data = validatedData(source, issues, lines, cache);
		if (data === undefined) continue;
		const sourced = { id: source.id, file: source.file, data };
		for (const use of imageUses(data as Parameters<typeof imageUses>[0])) {
			const image = checkImageFile(contentDir, use.src);
			if (!image.ok) issues.push({ file: source.file, path: use.path, message: `${JSON.stringify(use.src)} ${image.reason}` });
		}
		if (source.kind === 'site') content.site = sourced as Sourced<z.output<typeof SiteSchema>>;
		else if (source.kind === 'series') content.series.push(sourced as Sourced<z.output<typeof SeriesSchema>>);
		else if (source.kind === 'person') content.people.push(sourced as Sourced<z.output<typeof PersonSchema>>);
		else if (source.kind === 'event') content.events.push(sourced as Sourced<z.output<typeof EventSchema>>);
		else programmes.set(source.id, sourced as Sourced<z.output<typeof ProgrammeSchema>>);
	}
	for (const event of content.events) event.programme = programmes.get(event.id);

	const existing = { series: found.ids.series, people: found.ids.person, events: found.ids.event };
	issues.push(...validateContent(content, existing));
	let pages: Page[] = [];
	guard(issues, relative(root, contentDir).split(sep).join('/') || '.', () => {
		const withProgrammes = { ...existing, programmes: found.ids.programme };
		const known = sitePaths(content, found.pages, withProgrammes, join(root, 'public'));
		const checked = checkPages(found.pages, content, withProgrammes, contentDir, known);
		pages = checked.pages;
		issues.push(...checked.issues, ...siteLinkIssues(content, known), ...markdownLinkIssues(content, known));
	});
	if (issues.length > 0) return { ok: false, issues: withLines(sortIssues(issues), lines) };
	let model: Model | undefined;
	guard(issues, relative(root, contentDir).split(sep).join('/') || '.', () => {
		const built = buildModel(content, modelOptions);
		// The pages of an event left out (a draft) go with it.
		model = { ...built, pages: pages.filter((page) => !page.event || built.eventById.has(page.event)) };
	});
	if (!model) return { ok: false, issues };
	return { ok: true, model, content, issues: [] };
}

/**
 * A file's data, validated against its schema: from the cache, or parsed and validated now.
 * `undefined` when it is not valid, with the issues added; the file's line finder is added to `lines`.
 */
function validatedData(source: ContentSource, issues: ContentIssue[], lines: Map<string, ParsedYaml['lineOf']>, cache?: ContentCache): unknown {
	const known = cache?.get(source.kind, source.text);
	if (known !== undefined) {
		lines.set(source.file, lineFinder(source.text));
		return known;
	}
	const parsed = parseYaml(source.file, source.text);
	if ('issue' in parsed) {
		issues.push(parsed.issue);
		return undefined;
	}
	lines.set(source.file, parsed.lineOf);
	let result: z.ZodSafeParseResult<unknown> | undefined;
	guard(issues, source.file, () => {
		result = schemas[source.kind].safeParse(parsed.data);
	});
	if (!result) return undefined;
	if (!result.success) {
		issues.push(...fromZodIssues(source.file, parsed.data, result.error.issues, schemas[source.kind]));
		return undefined;
	}
	cache?.set(source.kind, source.text, result.data);
	return result.data;
}

function withLines(issues: ContentIssue[], lines: ReadonlyMap<string, ParsedYaml['lineOf']>): ContentIssue[] {
	return sortIssues(issues.map((issue) => (issue.line ? issue : { ...issue, line: lines.get(issue.file)?.(issue.path) })));
}

/** Loads content and returns the model, or throws `ContentError` listing every issue. */
export function loadModel(contentDir = defaultContentDir(), options: ModelOptions = {}): Model {
	const result = loadContent(contentDir, process.cwd(), options);
	if (!result.ok) throw new ContentError(result.issues);
	return result.model;
}
