import { createHash } from 'node:crypto';
import type { Event, Model, Person } from '../model/model.ts';

/**
 * Cache keys for incremental builds (`experimental.incrementalBuild` in astro.config.mjs): Astro
 * copies a page from the previous build when its `cacheKey` from getStaticPaths() and its code are
 * unchanged. A key must therefore change whenever anything the page shows changes.
 *
 * Keys are deliberately coarse, so that they are easy to get right:
 * - the site key: the site settings (name, menu, footer, branding) and every organizer page's
 *   front matter (the menu and event navigation list them), shared by every page;
 * - an event key: the event itself, its series, every session and talk of it, and every person
 *   appearing at it, each as a "shallow" digest (fields in full, other model objects by id);
 *   talk, programme and event pages show nothing beyond their event (previous/next talks,
 *   speakers' names, affiliations and photos are all inside it);
 * - a person page: the person and the keys of every event they appear at;
 * - an event's files (endpoints, which Astro caches the same way): its calendar, its
 *   schedule.json and schedule.xml and its programme's grid stylesheet show nothing beyond the
 *   event: its event's key. (The calendars of its sessions and talks are no endpoints: they are
 *   written whole on every build, src/integrations/calendar-files.ts.)
 * Editing one talk thus rebuilds that event's pages and its people's pages, not the whole site.
 * Pages that depend on the build time (the event page's deadlines) add what it decides.
 * tests/dist/incremental.test.ts checks that incremental and clean builds give identical output.
 */
export interface PageKeys {
	talk(event: Event): string;
	programme(event: Event): string;
	event(event: Event, now: Date): string;
	person(person: Person): string;
	/** An event's calendar, schedules (`.json`, `.xml`) and grid stylesheet: its event's key. */
	files(event: Event): string;
}

const cache = new WeakMap<Model, PageKeys>();

/** The keys for a model, computed once per model (once per build). */
export function pageKeys(model: Model): PageKeys {
	let keys = cache.get(model);
	if (!keys) cache.set(model, (keys = computeKeys(model)));
	return keys;
}

const digest = (...parts: string[]) => {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('base64url');
};

function computeKeys(model: Model): PageKeys {
	// Every object of the model that has a page or a place of its own: nested, it counts by its id.
	const entities = new Map<object, string>();
	for (const series of model.series) entities.set(series, `series:${series.id}`);
	for (const person of model.people) entities.set(person, `person:${person.id}`);
	for (const event of model.events) {
		entities.set(event, `event:${event.id}`);
		for (const session of event.sessions) entities.set(session, `session:${event.id}/${session.id}`);
		for (const talk of event.talks) entities.set(talk, `talk:${event.id}/${talk.id}`);
	}
	/**
	 * A digest of an object's own fields in full, other model objects inside it by their ids. Once
	 * per object, as people recur across events; kept as a digest, not the text, so the build does
	 * not hold a second copy of the content (23 MB at 5,000 talks).
	 */
	const shallowDigests = new Map<object, string>();
	const shallow = (root: object) => {
		let known = shallowDigests.get(root);
		if (known === undefined) {
			known = digest(
				JSON.stringify(root, function (this: unknown, key, value: unknown) {
					if (key !== '' && typeof value === 'object' && value !== null) {
						const id = entities.get(value);
						if (id) return `#${id}`;
						if (value instanceof Map) return [...value];
						if (value instanceof Set) return [...value];
					}
					return value;
				}),
			);
			shallowDigests.set(root, known);
		}
		return known;
	};

	const site = digest(shallow(model.site), JSON.stringify(model.pages));
	const roleHolders = new Map<Event, Set<Person>>();
	for (const person of model.people) for (const role of person.roles) roleHolders.set(role.event, (roleHolders.get(role.event) ?? new Set()).add(person));
	const eventKeys = new Map<Event, string>();
	for (const event of model.events) {
		const people = new Set<Person>(roleHolders.get(event));
		const add = (appearances: Array<{ person: Person }> | undefined) => appearances?.forEach(({ person }) => people.add(person));
		for (const talk of event.talks) (add(talk.speakers), add(talk.authors));
		for (const session of event.sessions) (add(session.chairs), add(session.speakers));
		for (const committee of event.committees) add(committee.members);
		add(event.contact?.people);
		eventKeys.set(
			event,
			digest(
				site,
				shallow(event),
				shallow(event.series),
				...event.sessions.map(shallow),
				...event.talks.map(shallow),
				...[...people].map(shallow),
			),
		);
	}
	const eventKey = (event: Event) => eventKeys.get(event) ?? digest(site, shallow(event), String(Math.random()));
	return {
		talk: (event) => `talk ${eventKey(event)}`,
		files: (event) => `files ${eventKey(event)}`,
		programme: (event) => `programme ${eventKey(event)}`,
		event: (event, now) => `event ${eventKey(event)} ${event.importantDates.map((date) => (date.instant <= now ? 1 : 0)).join('')}`,
		person: (person) => `person ${digest(site, shallow(person), ...person.events.map(({ event }) => eventKey(event)))}`,
	};
}

/**
 * getStaticPaths() of an event's files (calendar, schedules, grid stylesheet): one path per event
 * that `has` the file, keyed by the event, so an incremental build reuses it while the event is unchanged.
 */
export function eventFilePaths(model: Model, has: (event: Event) => boolean = () => true) {
	const keys = pageKeys(model);
	return model.events.filter(has).map((event) => ({ params: { event: event.id }, props: { event }, cacheKey: keys.files(event) }));
}
