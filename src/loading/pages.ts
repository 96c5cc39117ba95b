import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { z } from 'astro/zod';
import { unshowableProblem } from '../schemas/common.ts';
import { componentPropsSchemas } from '../schemas/components.ts';
import { PageSchema } from '../schemas/page.ts';
import { decodeUtf8, splitPage, type PageFileRef } from './content-files.ts';
import { checkImageFile } from './images.ts';
import { parseYaml } from './yaml.ts';
import { reservedEventSlugs, reservedSiteSlugs, sitePathProblem, type SitePaths } from './site-paths.ts';
import { committeeRoleLabels } from '../model/labels.ts';
import { closest, fromZodIssues, showValue, type ContentIssue } from './issues.ts';
import { committeeMatches } from '../model/page-components.ts';
import { addressIn, walkBody, type ComponentUse } from './page-body.ts';
import { pageId, pagePath, type Page } from '../model/organizer-pages.ts';
import type { ExistingIds, SourcedContent } from './validation.ts';

/**
 * Pages written by organizers in Markdown or MDX, checked without Astro: the front matter
 * against `PageSchema`, the body for what could run in a visitor's browser, and every use of a
 * Lectern component against its props schema and the content. Astro renders the pages later
 * (see src/content.config.ts); this module and page-body.ts (what the body may hold) decide what
 * it may render.
 */

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
