import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { sessionId } from '../model/model.ts';
import { checkLink } from '../model/safe-url.ts';
import { closest, type ContentIssue } from './issues.ts';
import { splitPage, type PageFileRef } from './content-files.ts';
import { parseYaml } from './yaml.ts';
import type { ExistingIds, SourcedContent } from './validation.ts';

/**
 * Names the site's own pages use at the top level, which a site page cannot take. A unit test
 * keeps this in step with src/pages/.
 */
export const reservedSiteSlugs = [
	'404', 'agenda', 'calendar', 'events', 'favicon', 'feed', 'index', 'pagefind', 'people',
	'manifest', 'offline', 'robots', 'schemas', 'search', 'series', 'sitemap', 'sitemap-index', 'sw', 'talks', 'theme',
] as const;

/** Names an event's own pages use below `/events/<id>/`, which an event page cannot take. */
export const reservedEventSlugs = ['calendar', 'index', 'programme', 'schedule', 'sessions', 'talks'] as const;

/** Lectern's own pages at the top level; the other reserved names are files and folders. */
const ownPages = ['agenda', 'offline', 'people', 'search', 'talks'];
/** Lectern's own files outside the events' folders. */
const siteFiles = ['404.html', 'agenda/talks.json', 'calendar.ics', 'feed.xml', 'manifest.webmanifest', 'robots.txt', 'sitemap-0.xml', 'sitemap-index.xml', 'sw.js', 'theme.css'];

/**
 * The site's own addresses, as the check knows them before anything is built: each event with
 * its pages, talks and sessions, each person and series, the site's pages, Lectern's own pages
 * and files, and the files of the public folder. A link to a site path that is none of them
 * would be a broken link on every page that shows it (a menu entry: on all).
 */
export interface SitePaths {
	/** Each event's pages, talks and sessions; what comes from its programme is unknown where the programme did not pass the check. */
	events: ReadonlyMap<string, EventPaths>;
	people: ReadonlySet<string>;
	/** The people a build publishes (a role at an edition that is not a draft); unknown while an event's files do not pass. */
	publishedPeople?: ReadonlySet<string>;
	series: ReadonlySet<string>;
	/** The organizers' pages at the top level (`content/pages/`). */
	pages: ReadonlySet<string>;
	/** The project's `public/` folder, whose files the site serves as they are. */
	publicDir: string;
}

interface EventPaths {
	draft: boolean;
	/** Its pages in `pages/`, drafts left out. */
	pages: ReadonlySet<string>;
	programme?: {
		/** Talks with a page: all; with a calendar: those with a time. */
		talks: ReadonlySet<string>;
		timedTalks: ReadonlySet<string>;
		sessions: ReadonlySet<string>;
	};
	/** False where its programme did not pass the check: links into it are then taken on trust. */
	known: boolean;
}

/** Whether a page file says `draft: true` in its front matter: a build leaves it out. */
function isDraftPage(path: string): boolean {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return false;
	}
	const parts = splitPage(text.replace(/^\uFEFF/, ''));
	const parsed = parts && parseYaml(path, parts.yaml);
	// A page whose front matter does not read is reported by its own check; here it counts as published.
	return parsed !== undefined && 'data' in parsed && (parsed.data as { draft?: unknown }).draft === true;
}

/**
 * The site's addresses from the files that exist, valid or not, so that one bad file does not
 * also break the links to it; the talks of a programme that is not valid are taken on trust.
 */
export function sitePaths(content: SourcedContent, pages: readonly PageFileRef[], existing: ExistingIds & { programmes: readonly string[] }, publicDir: string): SitePaths {
	const valid = new Map(content.events.map((event) => [event.id, event]));
	const events = new Map<string, EventPaths & { pages: Set<string> }>();
	for (const id of existing.events) {
		const event = valid.get(id);
		const data = event?.programme?.data;
		const days = data?.days ?? [];
		const timed = days.flatMap((day) => day.sessions.flatMap((session) => session.talks));
		const talks = [...timed, ...(data?.unscheduled ?? [])];
		events.set(id, {
			draft: event?.data.draft ?? false,
			pages: new Set(),
			known: data !== undefined || !existing.programmes.includes(id),
			programme:
				talks.length > 0 || days.length > 0
					? {
							talks: new Set(talks.map((talk) => talk.id)),
							timedTalks: new Set(timed.map((talk) => talk.id)),
							sessions: new Set(days.flatMap((day) => day.sessions.map((session) => sessionId(day.date, session)))),
						}
					: undefined,
		});
	}
	const sitePages = new Set<string>();
	for (const page of pages) {
		if (isDraftPage(page.path)) continue;
		if (page.event) events.get(page.event)?.pages.add(page.slug);
		else sitePages.add(page.slug);
	}
	// Only when every event's files passed their check: a role may stand in one that did not.
	const complete = content.events.length === existing.events.length && existing.programmes.every((id) => valid.get(id)?.programme);
	return {
		events,
		people: new Set(existing.people),
		publishedPeople: complete ? peopleOfPublishedEvents(content) : undefined,
		series: new Set(existing.series),
		pages: sitePages,
		publicDir,
	};
}

/** People with a role at an edition that is not a draft: the people a build publishes (model.ts). */
function peopleOfPublishedEvents(content: SourcedContent): Set<string> {
	const people = new Set<string>();
	for (const { data, programme } of content.events) {
		if (data.draft) continue;
		for (const committee of data.committees) committee.members.forEach((id) => people.add(id));
		data.contact?.people.forEach((id) => people.add(id));
		for (const session of (programme?.data.days ?? []).flatMap((day) => day.sessions)) {
			for (const id of [...session.chairs, ...session.speakers, ...session.talks.flatMap((talk) => [...talk.speakers, ...talk.authors])]) people.add(id);
		}
		for (const talk of programme?.data.unscheduled ?? []) for (const id of [...talk.speakers, ...talk.authors]) people.add(id);
	}
	return people;
}

/** Whether `path` (a site path, without query or fragment) names a file of the public folder. */
export function isPublicFile(path: string, publicDir: string): boolean {
	try {
		const file = resolve(publicDir, `.${decodeURIComponent(path)}`);
		// "/..%2Fpackage.json" decodes to a path out of the folder: the site serves no such file.
		return file.startsWith(resolve(publicDir) + sep) && statSync(file).isFile();
	} catch {
		return false;
	}
}

/**
 * What is wrong with a site path (`/events/item-2020/`), or undefined when the site has it.
 * `from` is the event whose files hold the link: an event's own files may link its pages while
 * it is a draft, which a build leaves out.
 */
export function sitePathProblem(path: string, known: SitePaths, from?: { event?: string }): string | undefined {
	const clean = path.replace(/[?#].*$/, '');
	if (isPublicFile(clean, known.publicDir)) return undefined;
	let segments: string[];
	try {
		segments = clean.split('/').filter(Boolean).map(decodeURIComponent);
	} catch {
		return 'is not a valid address: a "%" must start an escape such as %20';
	}
	if (segments.at(-1) === 'index.html') segments.pop();
	const [first, second, third, fourth] = segments;
	if (first === undefined) return undefined;
	const noPage = 'leads to no page: ';
	const missing = (what: string, id: string, ids: Iterable<string>, fix: string, where = '') => {
		const suggestion = closest(id, [...ids]);
		return `${noPage}there is no ${what} "${id}"${where}; ${suggestion ? `did you mean "${suggestion}"?` : fix}`;
	};
	const joined = segments.join('/');
	if (siteFiles.includes(joined)) return undefined;
	if (segments.length === 1) {
		if (first === 'events' || first === 'series') return `${noPage}the events and series are listed on the home page, "/"`;
		if (ownPages.includes(first) || known.pages.has(first)) return undefined;
		if (/\.[a-z0-9]+$/i.test(first)) return `${noPage}there is no file "${first}"; put it in public/ to publish it at "/${first}"`;
		return missing('page', first, [...ownPages, ...known.pages], 'link a page by its file name in pages/');
	}
	if (first === 'people' && segments.length === 2) {
		if (!known.people.has(second!)) return missing('person', second!, known.people, 'link a person by their file name in people/');
		if (known.publishedPeople && !known.publishedPeople.has(second!)) {
			return `${noPage}"${second}" has no role at a published edition, so the site has no page for them; give them a role (a talk, a session, a committee), or leave the link out`;
		}
		return undefined;
	}
	if (first === 'series' && segments.length === 2) return known.series.has(second!) ? undefined : missing('series', second!, known.series, 'link a series by its file name in series/');
	if (first !== 'events') return `${noPage}the site has nothing at "/${joined}/"; link a page by its address, e.g. "/events/item-2020/programme/"`;
	const event = known.events.get(second!);
	if (!event) return missing('event', second!, known.events.keys(), 'link an event by its folder name, e.g. "/events/item-2020/"');
	if (event.draft && from?.event !== second) return `${noPage}"${second}" is a draft edition, which the build leaves out; link it once its event.yaml no longer says "draft: true"`;
	if (third === undefined) return undefined;
	const { programme } = event;
	const noProgramme = `${noPage}${second} has no programme yet; link the event's overview, "/events/${second}/"`;
	if (segments.length === 3) {
		if (third === 'calendar.ics' || event.pages.has(third)) return undefined;
		if (third === 'programme' || third === 'schedule.json' || third === 'schedule.xml') return !event.known || (programme && (third === 'programme' || programme.sessions.size > 0)) ? undefined : noProgramme;
		if (third === 'talks' || third === 'sessions') return `${noPage}an event's ${third} are on its programme, "/events/${second}/programme/"`;
		return missing('page', third, [...event.pages, 'programme', 'calendar.ics', 'schedule.json', 'schedule.xml'], `link the event's overview, "/events/${second}/"`, ` in ${second}`);
	}
	if (!event.known) return undefined;
	if (segments.length === 4 && third === 'talks') {
		const calendar = fourth!.endsWith('.ics');
		const talk = calendar ? fourth!.slice(0, -'.ics'.length) : fourth!;
		const talks = (calendar ? programme?.timedTalks : programme?.talks) ?? new Set<string>();
		if (talks.has(talk)) return undefined;
		if (calendar && programme?.talks.has(talk)) return `${noPage}"${talk}" has no time yet, so it has no calendar file; link its page, "/events/${second}/talks/${talk}/"`;
		return missing('talk', talk, talks, 'link a talk by its id, from programme.yaml', ` in ${second}`);
	}
	if (segments.length === 4 && third === 'sessions' && fourth!.endsWith('.ics')) {
		const session = fourth!.slice(0, -'.ics'.length);
		const sessions = programme?.sessions ?? new Set<string>();
		return sessions.has(session) ? undefined : missing('session', session, sessions, 'link a session\'s calendar by its id', ` in ${second}`);
	}
	return `${noPage}the site has nothing at "/${joined}/"; link the event's overview, "/events/${second}/", or one of its pages`;
}

/** The menu's and footer's links to site paths that lead to no page (site.yaml). */
export function siteLinkIssues(content: SourcedContent, known: SitePaths): ContentIssue[] {
	const site = content.site;
	if (!site) return [];
	const entries = [
		...site.data.menu.map((entry, index) => ({ link: entry.link, path: ['menu', index, 'link'] })),
		...site.data.footer.links.map((entry, index) => ({ link: entry.link, path: ['footer', 'links', index, 'link'] })),
	];
	return entries.flatMap(({ link, path }) => {
		const target = checkLink(link);
		const problem = target.ok && target.kind === 'site' ? sitePathProblem(target.path, known) : undefined;
		return problem ? [{ file: site.file, path, message: `${JSON.stringify(link)} ${problem}` }] : [];
	});
}
