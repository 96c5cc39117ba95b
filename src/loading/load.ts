import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { EventSchema } from '../schemas/event.ts';
import { PersonSchema } from '../schemas/person.ts';
import { ProgrammeSchema } from '../schemas/programme.ts';
import { SeriesSchema } from '../schemas/series.ts';
import { SiteSchema } from '../schemas/site.ts';
import { defaultContentDir } from './content-dir.ts';
import { readContentFiles, type ContentFile, type ContentKind } from './content-files.ts';
import { checkImageFile, imageUses } from './images.ts';
import { formatIssue, fromZodIssues, sortIssues, type ContentIssue } from './issues.ts';
import { buildModel, type Model, type ModelOptions } from '../model/model.ts';
import { checkPages, type Page } from './pages.ts';
import { guard, validateContent, type Sourced, type SourcedContent } from './validation.ts';

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

/** Loads and validates all content below `contentDir`. Never throws for bad content. */
export function loadContent(contentDir = defaultContentDir(), root = process.cwd(), options: ModelOptions = {}): LoadResult {
	const read = readContentFiles(contentDir, root);
	const issues: ContentIssue[] = [...read.issues];
	const content: SourcedContent = { series: [], people: [], events: [] };
	const programmes = new Map<string, Sourced<z.output<typeof ProgrammeSchema>>>();

	for (const file of read.files) {
		let result: z.ZodSafeParseResult<unknown> | undefined;
		guard(issues, file.file, () => {
			result = validate(file);
		});
		if (!result) continue;
		if (!result.success) {
			issues.push(...fromZodIssues(file.file, file.data, result.error.issues));
			continue;
		}
		const sourced = { id: file.id, file: file.file, data: result.data };
		for (const use of imageUses(result.data as Parameters<typeof imageUses>[0])) {
			const image = checkImageFile(contentDir, use.src);
			if (!image.ok) issues.push({ file: file.file, path: use.path, message: `${JSON.stringify(use.src)} ${image.reason}` });
		}
		if (file.kind === 'site') content.site = sourced as Sourced<z.output<typeof SiteSchema>>;
		else if (file.kind === 'series') content.series.push(sourced as Sourced<z.output<typeof SeriesSchema>>);
		else if (file.kind === 'person') content.people.push(sourced as Sourced<z.output<typeof PersonSchema>>);
		else if (file.kind === 'event') content.events.push(sourced as Sourced<z.output<typeof EventSchema>>);
		else programmes.set(file.id, sourced as Sourced<z.output<typeof ProgrammeSchema>>);
	}
	for (const event of content.events) event.programme = programmes.get(event.id);

	const existing = { series: read.ids.series, people: read.ids.person, events: read.ids.event };
	issues.push(...validateContent(content, existing));
	let pages: Page[] = [];
	guard(issues, relative(root, contentDir).split(sep).join('/') || '.', () => {
		const checked = checkPages(read.pages, content, { ...existing, programmes: read.ids.programme });
		pages = checked.pages;
		issues.push(...checked.issues);
	});
	if (issues.length > 0) return { ok: false, issues: withLines(sortIssues(issues), read.byPath) };
	let model: Model | undefined;
	guard(issues, relative(root, contentDir).split(sep).join('/') || '.', () => {
		model = { ...buildModel(content, options), pages };
	});
	if (!model) return { ok: false, issues };
	return { ok: true, model, content, issues: [] };
}

/**
 * Each parsed file's schema result. The reader hands back the same data for an unchanged file,
 * so after an edit only the changed files are validated again.
 */
const validated = new WeakMap<object, z.ZodSafeParseResult<unknown>>();
function validate(file: ContentFile): z.ZodSafeParseResult<unknown> {
	const data = file.data;
	if (typeof data !== 'object' || data === null) return schemas[file.kind].safeParse(data);
	let result = validated.get(data);
	if (!result) validated.set(data, (result = schemas[file.kind].safeParse(data)));
	return result;
}

function withLines(issues: ContentIssue[], files: ReadonlyMap<string, ContentFile>): ContentIssue[] {
	return sortIssues(issues.map((issue) => (issue.line ? issue : { ...issue, line: files.get(issue.file)?.lineOf(issue.path) })));
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
	}
}

/** Loads content and returns the model, or throws `ContentError` listing every issue. */
export function loadModel(contentDir = defaultContentDir(), options: ModelOptions = {}): Model {
	const result = loadContent(contentDir, process.cwd(), options);
	if (!result.ok) throw new ContentError(result.issues);
	return result.model;
}
