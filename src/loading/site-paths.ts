import { checkLink } from '../model/safe-url.ts';
import { closest, type ContentIssue } from './issues.ts';
import type { PageFileRef } from './content-files.ts';
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

/**
 * The site's own addresses, as the check knows them before anything is built: each event with
 * its pages and talks, each person and series, the site's pages. A link to a site path that is
 * none of them would be a broken link on every page that shows it (a menu entry: on all).
 */
export interface SitePaths {
	/** Each event's pages and talks; `talks` is unknown where the event's files did not pass the check. */
	events: ReadonlyMap<string, { pages: ReadonlySet<string>; talks?: ReadonlySet<string> }>;
	people: ReadonlySet<string>;
	series: ReadonlySet<string>;
	/** Top-level names: Lectern's own (`talks`, `search`, …) and the organizers' site pages. */
	top: ReadonlySet<string>;
}

/**
 * The site's addresses from the files that exist, valid or not, so that one bad file does not
 * also break the links to it; the talks of a programme that is not valid are taken on trust.
 */
export function sitePaths(content: SourcedContent, pages: readonly PageFileRef[], existing: ExistingIds): SitePaths {
	const programmes = new Map(content.events.map((event) => [event.id, event.programme?.data]));
	const events = new Map<string, { pages: Set<string>; talks?: Set<string> }>();
	for (const id of existing.events) {
		const programme = programmes.get(id);
		const talks = programme && [...programme.days.flatMap((day) => day.sessions.flatMap((session) => session.talks)), ...programme.unscheduled];
		events.set(id, { pages: new Set(), talks: talks ? new Set(talks.map((talk) => talk.id)) : programmes.has(id) ? new Set() : undefined });
	}
	// Lectern's own top-level pages and files; `events/` and `series/` have no page of their own.
	const top = new Set<string>([...reservedSiteSlugs.filter((name) => name !== 'events' && name !== 'series'), 'sitemap-0']);
	for (const page of pages) {
		if (page.event) events.get(page.event)?.pages.add(page.slug);
		else top.add(page.slug);
	}
	return { events, people: new Set(existing.people), series: new Set(existing.series), top };
}

/** What is wrong with a site path (`/events/item-2020/`), or undefined when the site has it. */
export function sitePathProblem(path: string, known: SitePaths): string | undefined {
	const segments = path.replace(/[?#].*$/, '').split('/').filter(Boolean).map((segment) => segment.replace(/\.[a-z]+$/i, ''));
	const [first, second, third] = segments;
	if (first === undefined) return undefined;
	const missing = (what: string, id: string, ids: Iterable<string>, fix: string, where = '') => {
		const suggestion = closest(id, [...ids]);
		return `leads to no page: there is no ${what} "${id}"${where}; ${suggestion ? `did you mean "${suggestion}"?` : fix}`;
	};
	if ((first === 'events' || first === 'series') && second === undefined) return 'leads to no page: the events and series are listed on the home page, "/"';
	if (first === 'events' && second !== undefined) {
		const event = known.events.get(second);
		if (!event) return missing('event', second, known.events.keys(), 'link an event by its folder name, e.g. "/events/item-2020/"');
		if (third === undefined) return undefined;
		if (third === 'talks') {
			const talk = segments[3];
			if (talk === undefined) return `leads to no page: an event's talks are on its programme, "/events/${second}/programme/"`;
			return !event.talks || event.talks.has(talk) ? undefined : missing('talk', talk, event.talks, 'link a talk by its id, from programme.yaml', ` in ${second}`);
		}
		if ((reservedEventSlugs as readonly string[]).includes(third) || event.pages.has(third)) return undefined;
		return missing('page', third, [...event.pages, 'programme'], `link the event's overview, "/events/${second}/"`, ` in ${second}`);
	}
	if (first === 'people' && second !== undefined) return known.people.has(second) ? undefined : missing('person', second, known.people, 'link a person by their file name in people/');
	if (first === 'series' && second !== undefined) return known.series.has(second) ? undefined : missing('series', second, known.series, 'link a series by its file name in series/');
	if (segments.length === 1 && !known.top.has(first)) return missing('page', first, known.top, 'link a page by its file name in pages/');
	return undefined;
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
