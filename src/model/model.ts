import type { EventData } from '../schemas/event.ts';
import type { PersonData } from '../schemas/person.ts';
import type { ProgrammeData, SessionData, TalkData } from '../schemas/programme.ts';
import type { SeriesData } from '../schemas/series.ts';
import { SiteSchema, type SiteData } from '../schemas/site.ts';
import { sponsorTiers, type SponsorData } from '../schemas/sponsor.ts';
import {
	committeeRoleLabels,
	defaultTalkKind,
	sessionKindLabels,
	talkKindLabels,
	type CommitteeRole,
	type EventFormat,
	type ImportantDateKind,
	type RelationKind,
	type SessionKind,
	type TalkKind,
} from './labels.ts';
import * as markdown from './markdown.ts';
import type { Page } from './organizer-pages.ts';
import { checkLink } from './safe-url.ts';
import { defaultAccent, type ColourScheme, type Themed } from './theme.ts';
import { addDays, datesBetween, wallClockToInstant } from './time.ts';

/**
 * The resolved model: every reference is an object, every time an instant. Built once from
 * validated content; pages, exports and tests all read it and derive nothing again.
 */
export interface Model {
	/** The site's settings, from content/site.yaml. */
	site: Site;
	/** Every set of accent colours the pages wear: the site's, then each series' and event's own. */
	themes: Themed[];
	series: Series[];
	/** All events, earliest first. */
	events: Event[];
	/** All people, by sort name. */
	people: Person[];
	/** All talks of all events, by event then programme order. */
	talks: Talk[];
	seriesById: ReadonlyMap<string, Series>;
	eventById: ReadonlyMap<string, Event>;
	personById: ReadonlyMap<string, Person>;
	/** Organizers' pages (Markdown and MDX), checked; Astro renders them from the `pages` collection. */
	pages: Page[];
}

/** An image from the content folder: its path there, and its text alternative. */
export interface ImageRef {
	/** Path inside the content folder, e.g. `images/logo.svg`. */
	src: string;
	alt: string;
}

/** A link from the site's settings: a site path (without the deployment base) or an https:// address. */
export interface SiteLink {
	label: string;
	/** A path on the site such as `/imprint/`, or a full address. */
	link: string;
	/** `true` for a site path, which pages put the deployment base in front of. */
	onSite: boolean;
}

/** The look a page wears: the site's, or a series' or event's own. */
export interface Branding {
	/** The `data-theme` key of an own accent, e.g. `event-tinyml-2024`; absent for the site's. */
	theme?: string;
	/** Accent colours for both schemes, own or inherited. */
	accent: Record<ColourScheme, string>;
	/** The logo in the header: own, the series', or the site's. */
	logo?: ImageRef;
}

export interface Site {
	name: string;
	shortName: string;
	description: string;
	favicon?: ImageRef;
	menu: SiteLink[];
	footer: { textHtml?: string; links: SiteLink[]; madeWith: boolean };
	socialImage?: ImageRef;
	branding: Branding;
}

export interface Sponsor {
	name: string;
	tier: SponsorData['tier'];
	link?: string;
	logo?: ImageRef;
}

/** Sponsors grouped by tier, highest tier first, each in the order given. */
export type SponsorGroups = Array<{ tier: SponsorData['tier']; sponsors: Sponsor[] }>;

export interface Series {
	id: string;
	name: string;
	shortName: string;
	descriptionHtml?: string;
	homepage?: string;
	relations: Array<{ kind: RelationKind; series?: Series; name?: string; note?: string }>;
	branding: Branding;
	sponsors: SponsorGroups;
	/** Editions, earliest first. */
	events: Event[];
}

export interface Person {
	id: string;
	name: string;
	sortName: string;
	/** Affiliation today: as given, or the one at the person's latest event. */
	affiliation?: string;
	/** Affiliation at each event, by event id. */
	affiliations: ReadonlyMap<string, string>;
	homepage?: string;
	bioHtml?: string;
	/** Never printed in plain text; pages obfuscate it. */
	email?: string;
	photo?: ImageRef;
	/** Every role at every event, in event order. */
	roles: Role[];
	/** The events the person took part in, latest first, with their roles at each. */
	events: PersonAtEvent[];
}

/** A person's part in one event: the affiliation printed there and every role they had. */
export interface PersonAtEvent {
	event: Event;
	affiliation?: string;
	roles: Role[];
}

/** A person as they appear at one event, with the affiliation printed there. */
export interface Appearance {
	person: Person;
	affiliation?: string;
}

export type RoleKind = 'speaker' | 'author' | 'chair' | 'committee' | 'contact';

export interface Role {
	kind: RoleKind;
	event: Event;
	/** What the role is called, e.g. "Program Committee" or "Session chair". */
	label: string;
	talk?: Talk;
	session?: Session;
}

export interface Event {
	id: string;
	title: string;
	shortTitle: string;
	series: Series;
	edition?: number;
	/** Being prepared: only `npm run dev` has it (ModelOptions.drafts). */
	draft: boolean;
	host?: { name: string; url?: string };
	/** First and last day, `YYYY-MM-DD`, in the event's zone. */
	startDate: string;
	endDate: string;
	/** Every day from start to end. */
	dates: string[];
	/** IANA zone of all wall-clock times. */
	timeZone: string;
	timezoneNote?: string;
	/** The event's span as instants: from the first day's midnight to the last day's end. */
	start: Date;
	end: Date;
	format?: EventFormat;
	venue: EventData['venue'];
	website?: string;
	aboutHtml?: string;
	aboutText?: string;
	keywords: string[];
	topicsHtml: string[];
	callForPapers?: CallForPapers;
	importantDatesNote?: string;
	importantDates: ImportantDate[];
	committees: Committee[];
	contact?: { email?: string; people: Appearance[]; note?: string };
	links: Array<{ label: string; url: string }>;
	summaryHtml?: string;
	/** A remark printed with the programme. */
	programmeNote?: string;
	/** Days that have sessions, in order. */
	days: Day[];
	/** Every session, in time order. */
	sessions: Session[];
	/** Every talk: scheduled ones in time order, then unscheduled ones. */
	talks: Talk[];
	/** Keynote talks, for the event page. */
	keynotes: Talk[];
	/** Rooms used by the programme, in the order they first appear in it; more than one means parallel sessions. */
	rooms: string[];
	branding: Branding;
	sponsors: SponsorGroups;
	/** Tracks given in the programme (not rooms), in the order they first appear. */
	tracks: string[];
}

export interface CallForPapers {
	textHtml?: string;
	formats: Array<{ name: string; pages?: number; note?: string }>;
	template?: string;
	submissionHtml?: string;
	submissionUrl?: string;
	options: Array<{ name: string; descriptionHtml: string }>;
	reviewHtml?: string;
	proceedingsHtml?: string;
}

export interface ImportantDate {
	label: string;
	kind: ImportantDateKind;
	/** The date in force. */
	date: string;
	time?: string;
	/** The zone it is stated in: an IANA name or "AoE". */
	zone: string;
	/** The moment it passes: the given time, or the end of the day in its zone. */
	instant: Date;
	/** Earlier values, oldest first, each with the moment it would have passed. */
	previously: Array<{ date: string; instant: Date }>;
}

export interface Committee {
	role: CommitteeRole;
	title: string;
	members: Appearance[];
}

export interface Day {
	date: string;
	sessions: Session[];
}

export interface Session {
	/** Unique within the event. */
	id: string;
	event: Event;
	date: string;
	kind: SessionKind;
	title?: string;
	/** The title, or the kind's name for untitled sessions ("Break"). */
	label: string;
	room?: string;
	/** The track of its talks, where the conference has tracks that are not rooms. */
	track?: string;
	chairs: Appearance[];
	speakers: Appearance[];
	descriptionHtml?: string;
	talks: Talk[];
	start: Date;
	end: Date;
	/** Wall-clock start and end as written, e.g. "09:00" and "10:20". */
	startTime: string;
	endTime: string;
}

export interface Talk {
	/** Unique within the event. */
	id: string;
	event: Event;
	/** The session it is part of; absent for unscheduled talks. */
	session?: Session;
	kind: TalkKind;
	title?: string;
	/** The title, or "Invited talk — Thierry Moreau" for untitled talks. */
	label: string;
	speakers: Appearance[];
	authors: Appearance[];
	/** Its own slot, or the session's when it has none; absent for unscheduled talks. */
	start?: Date;
	end?: Date;
	/** `true` when the talk has a slot of its own within the session. */
	ownSlot: boolean;
	abstractHtml?: string;
	abstractText?: string;
	links: TalkData['links'];
	note?: string;
	/** Its own track, or its session's. */
	track?: string;
	/** Talks presented together in the same slot. */
	jointWith: Talk[];
	previous?: Talk;
	next?: Talk;
}

export interface ParsedContent {
	/** The site's settings; tests that build a model by hand may leave them out. */
	site?: { data: SiteData };
	series: Array<{ id: string; data: SeriesData }>;
	people: Array<{ id: string; data: PersonData }>;
	events: Array<{ id: string; data: EventData; programme?: { data: ProgrammeData } }>;
}

/** The id of a session that gives none: its day and start, e.g. `2020-09-14-0910`. */
export function sessionId(date: string, session: Pick<SessionData, 'id' | 'start' | 'room'>): string {
	if (session.id) return session.id;
	// At most 40 characters of the room: the id names a calendar file, and file names have a limit.
	const room = session.room ? `-${session.room.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '')}` : '';
	return `${date}-${session.start.replace(':', '')}${room}`;
}

/** The instant of an end time, which may say "+1" for the next day. */
export function endInstant(date: string, end: string, zone: string): Date | 'gap' {
	const nextDay = end.endsWith('+1');
	return wallClockToInstant(nextDay ? addDays(date, 1) : date, end.slice(0, 5), zone);
}

/**
 * A text function that remembers its results from this build of the model and the one before,
 * so rebuilding after an edit (`astro dev`) renders only the Markdown that changed.
 */
function remembered(
	render: (text: string, options?: markdown.MarkdownOptions) => string,
): ((text: string, options?: markdown.MarkdownOptions) => string) & { turn(): void } {
	let current = new Map<string, string>();
	let previous = new Map<string, string>();
	const call = (text: string, options: markdown.MarkdownOptions = {}) => {
		const key = `${options.base ?? '/'}\n${text}`;
		let result = current.get(key);
		if (result === undefined) {
			result = previous.get(key) ?? render(text, options);
			current.set(key, result);
		}
		return result;
	};
	call.turn = () => {
		previous = current;
		current = new Map();
	};
	return call;
}

const renderMarkdown = remembered(markdown.renderMarkdown);
const renderInlineMarkdown = remembered(markdown.renderInlineMarkdown);
const markdownToText = remembered(markdown.markdownToText);

const bySortName = (a: Person, b: Person) => a.sortName.localeCompare(b.sortName, 'en') || a.name.localeCompare(b.name, 'en');

function instantOrThrow(value: Date | 'gap', what: string): Date {
	// Validation reports DST gaps with file and field; reaching this means it was skipped.
	if (value === 'gap') throw new Error(`${what} falls in a daylight-saving gap`);
	return value;
}

/** How the model renders content for the site it is built for. */
export interface ModelOptions {
	/** The deployment base (`/` or `/workshops/`), for site paths in content's Markdown links. */
	base?: string;
	/**
	 * `false` leaves every rendered text (the `…Html` and `…Text` fields) empty: `npm run check`
	 * builds the model only to find what breaks it, and rendering is most of that work.
	 */
	render?: boolean;
	/** `true` keeps events marked `draft` (`npm run dev`); a build leaves them out. */
	drafts?: boolean;
}

function siteLink(entry: { label: string; link: string }): SiteLink {
	const target = checkLink(entry.link);
	return target.ok && target.kind === 'site' ? { label: entry.label, link: target.path, onSite: true } : { label: entry.label, link: entry.link, onSite: false };
}

function sponsorGroups(sponsors: readonly SponsorData[]): SponsorGroups {
	return sponsorTiers
		.map((tier) => ({ tier, sponsors: sponsors.filter((sponsor) => sponsor.tier === tier).map((sponsor) => ({ ...sponsor, logo: sponsor.logo && { src: sponsor.logo.src, alt: sponsor.logo.alt! } })) }))
		.filter((group) => group.sponsors.length > 0);
}

/** Own accents and logo where given, the parent's otherwise; a theme key only for own accents. */
function brand(key: string, own: { accent?: Partial<Record<ColourScheme, string>>; logo?: { src: string; alt?: string } }, parent: Branding): Branding {
	const hasAccent = Boolean(own.accent?.light || own.accent?.dark);
	return {
		theme: hasAccent ? key : parent.theme,
		accent: { light: own.accent?.light ?? parent.accent.light, dark: own.accent?.dark ?? parent.accent.dark },
		logo: own.logo ? { src: own.logo.src, alt: own.logo.alt! } : parent.logo,
	};
}

function buildSite(data: SiteData, markdown: (text: string) => string): Site {
	return {
		name: data.name,
		shortName: data.shortName ?? data.name,
		description: data.description,
		favicon: data.favicon ? { src: data.favicon.src, alt: '' } : data.logo?.src.toLowerCase().endsWith('.svg') ? { src: data.logo.src, alt: '' } : undefined,
		menu: data.menu.map(siteLink),
		footer: { textHtml: data.footer.text ? markdown(data.footer.text) : undefined, links: data.footer.links.map(siteLink), madeWith: data.footer.madeWith },
		socialImage: data.socialImage && { src: data.socialImage.src, alt: data.socialImage.alt! },
		branding: {
			accent: { light: data.accent?.light ?? defaultAccent.light, dark: data.accent?.dark ?? defaultAccent.dark },
			logo: data.logo && { src: data.logo.src, alt: data.logo.alt! },
		},
	};
}

/** Used only where a model is built by hand without settings (tests). */
const placeholderSite = SiteSchema.parse({ name: 'Workshops', description: 'Programmes of workshops.' });

/** Resolves validated content into the model. Assumes `validateContent` found no issues. */
export function buildModel(content: ParsedContent, options: ModelOptions = {}): Model {
	if (options.render !== false) for (const render of [renderMarkdown, renderInlineMarkdown, markdownToText]) render.turn();
	const markdown = (text: string) => (options.render === false ? '' : renderMarkdown(text, options));
	const site = buildSite(content.site?.data ?? placeholderSite, markdown);
	const seriesById = new Map<string, Series>();
	const personById = new Map<string, Person>();
	const eventById = new Map<string, Event>();

	for (const { id, data } of [...content.people].sort((a, b) => a.id.localeCompare(b.id))) {
		personById.set(id, {
			id,
			name: data.name,
			sortName: data.sortName ?? data.name.split(' ').at(-1) ?? data.name,
			affiliation: data.affiliation,
			affiliations: new Map(Object.entries(data.affiliations)),
			homepage: data.homepage,
			bioHtml: data.bio ? markdown(data.bio) : undefined,
			email: data.email,
			photo: data.photo && { src: data.photo.src, alt: data.photo.alt ?? `Photo of ${data.name}` },
			roles: [],
			events: [],
		});
	}

	for (const { id, data } of [...content.series].sort((a, b) => a.id.localeCompare(b.id))) {
		seriesById.set(id, {
			id,
			name: data.name,
			shortName: data.shortName,
			descriptionHtml: data.description ? markdown(data.description) : undefined,
			homepage: data.homepage,
			relations: [],
			branding: brand(`series-${id}`, data, site.branding),
			sponsors: sponsorGroups(data.sponsors),
			events: [],
		});
	}
	for (const { id, data } of content.series) {
		seriesById.get(id)!.relations = data.relations.map((relation) => ({
			kind: relation.kind,
			series: relation.series ? seriesById.get(relation.series) : undefined,
			name: relation.name,
			note: relation.note,
		}));
	}

	// A draft edition is left out, and with it whoever appears only there.
	const published = options.drafts ? content.events : content.events.filter((event) => !event.data.draft);
	const sortedEvents = [...published].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
	for (const { id, data, programme } of sortedEvents) {
		const event = buildEvent(id, data, programme?.data, seriesById.get(data.series)!, personById, options);
		eventById.set(id, event);
		event.series.events.push(event);
	}

	const events = [...eventById.values()];
	for (const event of events) collectRoles(event);

	const people = [...personById.values()].filter((person) => person.roles.length > 0).sort(bySortName);
	for (const person of personById.values()) if (person.roles.length === 0) personById.delete(person.id);
	for (const person of people) {
		for (const event of [...new Set(person.roles.map((role) => role.event))].reverse()) {
			person.events.push({ event, affiliation: person.affiliations.get(event.id), roles: person.roles.filter((role) => role.event === event) });
		}
		if (!person.affiliation) {
			const latest = [...events].reverse().find((event) => person.affiliations.has(event.id));
			person.affiliation = latest ? person.affiliations.get(latest.id) : undefined;
		}
	}

	const series = [...seriesById.values()].sort((a, b) => a.shortName.localeCompare(b.shortName, 'en'));
	const themes: Themed[] = [{ accent: site.branding.accent }];
	for (const branded of [...series, ...events]) {
		if (branded.branding.theme === `series-${branded.id}` || branded.branding.theme === `event-${branded.id}`) {
			themes.push({ key: branded.branding.theme, accent: branded.branding.accent });
		}
	}

	return {
		site,
		themes,
		series,
		events,
		people,
		talks: events.flatMap((event) => event.talks),
		seriesById,
		eventById,
		personById,
		// Pages are checked and added by load.ts.
		pages: [],
	};
}

function buildEvent(
	id: string,
	data: EventData,
	programme: ProgrammeData | undefined,
	series: Series,
	personById: Map<string, Person>,
	options: ModelOptions,
): Event {
	const markdown = (text: string) => (options.render === false ? '' : renderMarkdown(text, options));
	const endDate = data.end ?? data.start;
	const zone = data.timezone;
	const appear = (personId: string): Appearance => {
		const person = personById.get(personId)!;
		return { person, affiliation: person.affiliations.get(id) };
	};

	const event: Event = {
		id,
		title: data.title,
		shortTitle: data.shortTitle,
		series,
		edition: data.edition,
		draft: data.draft,
		host: data.host,
		startDate: data.start,
		endDate,
		dates: datesBetween(data.start, endDate),
		timeZone: zone,
		timezoneNote: data.timezoneNote,
		start: instantOrThrow(wallClockToInstant(data.start, '00:00', zone), `${id} start`),
		end: instantOrThrow(wallClockToInstant(addDays(endDate, 1), '00:00', zone), `${id} end`),
		format: data.format,
		venue: data.venue,
		website: data.website,
		aboutHtml: data.about ? markdown(data.about) : undefined,
		aboutText: data.about ? (options.render === false ? '' : markdownToText(data.about)) : undefined,
		keywords: data.keywords,
		topicsHtml: data.topics.map((topic) => (options.render === false ? '' : renderInlineMarkdown(topic, options))),
		callForPapers: data.callForPapers && {
			textHtml: data.callForPapers.text && markdown(data.callForPapers.text),
			formats: data.callForPapers.formats,
			template: data.callForPapers.template,
			submissionHtml: data.callForPapers.submission && markdown(data.callForPapers.submission),
			submissionUrl: data.callForPapers.submissionUrl,
			options: data.callForPapers.options.map((option) => ({
				name: option.name,
				descriptionHtml: markdown(option.description),
			})),
			reviewHtml: data.callForPapers.review && markdown(data.callForPapers.review),
			proceedingsHtml: data.callForPapers.proceedings && markdown(data.callForPapers.proceedings),
		},
		importantDatesNote: data.importantDatesNote,
		importantDates: data.importantDates.map((item) => {
			const dateZone = item.timezone ?? zone;
			const passes = (date: string) =>
				item.time
					? instantOrThrow(wallClockToInstant(date, item.time, dateZone), item.label)
					: // A date without a time lasts the whole day in its zone.
						instantOrThrow(wallClockToInstant(addDays(date, 1), '00:00', dateZone), item.label);
			return {
				label: item.label,
				kind: item.kind,
				date: item.date,
				time: item.time,
				zone: dateZone,
				instant: passes(item.date),
				previously: item.previously.map((date) => ({ date, instant: passes(date) })),
			};
		}),
		committees: data.committees.map((committee) => ({
			role: committee.role,
			title: committee.title ?? committeeRoleLabels[committee.role],
			members: committee.members.map(appear),
		})),
		contact: data.contact && {
			email: data.contact.email,
			people: data.contact.people.map(appear),
			note: data.contact.note,
		},
		links: data.links,
		summaryHtml: data.summary ? markdown(data.summary) : undefined,
		programmeNote: programme?.note,
		days: [],
		sessions: [],
		talks: [],
		keynotes: [],
		rooms: [],
		branding: brand(`event-${id}`, data, series.branding),
		sponsors: sponsorGroups(data.sponsors),
		tracks: [],
	};

	const makeTalk = (talk: TalkData, session: Session | undefined, fallbackKind: TalkKind): Talk => {
		const kind = talk.kind ?? fallbackKind;
		const speakers = talk.speakers.map(appear);
		const names = speakers.map((s) => s.person.name).join(', ');
		const date = session?.date;
		const ownSlot = Boolean(session && talk.start && talk.end);
		return {
			id: talk.id,
			event,
			session,
			kind,
			title: talk.title,
			label: talk.title ?? (names ? `${talkKindLabels[kind]} — ${names}` : talkKindLabels[kind]),
			speakers,
			authors: talk.authors.map(appear),
			start:
				session && (ownSlot ? instantOrThrow(endInstant(date!, talk.start!, zone), talk.id) : session.start),
			end: session && (ownSlot ? instantOrThrow(endInstant(date!, talk.end!, zone), talk.id) : session.end),
			ownSlot,
			abstractHtml: talk.abstract ? markdown(talk.abstract) : undefined,
			abstractText: talk.abstract ? (options.render === false ? '' : markdownToText(talk.abstract)) : undefined,
			links: talk.links,
			note: talk.note,
			track: talk.track ?? session?.track,
			jointWith: [],
		};
	};

	// Rooms in the organizer's order: as they first appear in the programme file.
	const roomOrder = [...new Set((programme?.days ?? []).flatMap((day) => day.sessions.flatMap((s) => (s.room ? [s.room] : []))))];
	const roomRank = (session: Session) => (session.room ? roomOrder.indexOf(session.room) : -1);
	for (const day of programme?.days ?? []) {
		const sessions: Session[] = [];
		for (const data of day.sessions) {
			const session: Session = {
				id: sessionId(day.date, data),
				event,
				date: day.date,
				kind: data.kind,
				title: data.title,
				label: data.title ?? sessionKindLabels[data.kind],
				room: data.room,
				track: data.track,
				chairs: data.chairs.map(appear),
				speakers: data.speakers.map(appear),
				descriptionHtml: data.description ? markdown(data.description) : undefined,
				talks: [],
				start: instantOrThrow(wallClockToInstant(day.date, data.start, zone), `${day.date} ${data.start}`),
				end: instantOrThrow(endInstant(day.date, data.end, zone), `${day.date} ${data.end}`),
				startTime: data.start,
				endTime: data.end,
			};
			session.talks = data.talks.map((talk) => makeTalk(talk, session, defaultTalkKind[data.kind]));
			sessions.push(session);
		}
		// Time, then room: the order keyboard and screen-reader users meet sessions in.
		sessions.sort((a, b) => a.start.getTime() - b.start.getTime() || roomRank(a) - roomRank(b));
		event.days.push({ date: day.date, sessions });
	}
	event.days.sort((a, b) => a.date.localeCompare(b.date));
	event.sessions = event.days.flatMap((day) => day.sessions);
	event.rooms = roomOrder.filter((room) => event.sessions.some((s) => s.room === room));

	const scheduled = event.sessions
		.flatMap((session) => session.talks)
		.map((talk, order) => ({ talk, order }))
		.sort((a, b) => a.talk.start!.getTime() - b.talk.start!.getTime() || a.order - b.order)
		.map(({ talk }) => talk);
	const unscheduled = (programme?.unscheduled ?? []).map((talk) => makeTalk(talk, undefined, 'talk'));
	event.talks = [...scheduled, ...unscheduled];
	event.talks.forEach((talk, index) => {
		talk.previous = event.talks[index - 1];
		talk.next = event.talks[index + 1];
		if (talk.ownSlot && talk.session) {
			talk.jointWith = talk.session.talks.filter(
				(other) =>
					other !== talk && other.ownSlot && other.start!.getTime() === talk.start!.getTime() && other.end!.getTime() === talk.end!.getTime(),
			);
		}
	});
	event.keynotes = event.talks.filter((talk) => talk.kind === 'keynote');
	event.tracks = [...new Set(event.talks.flatMap((talk) => (talk.track ? [talk.track] : [])))];
	return event;
}

function collectRoles(event: Event): void {
	const add = (appearance: Appearance, role: Omit<Role, 'event'>) => appearance.person.roles.push({ ...role, event });
	for (const committee of event.committees) {
		for (const member of committee.members) add(member, { kind: 'committee', label: committee.title });
	}
	for (const session of event.sessions) {
		for (const chair of session.chairs) add(chair, { kind: 'chair', label: 'Session chair', session });
		for (const speaker of session.speakers) add(speaker, { kind: 'speaker', label: sessionKindLabels[session.kind], session });
	}
	for (const talk of event.talks) {
		for (const speaker of talk.speakers) {
			add(speaker, { kind: 'speaker', label: talkKindLabels[talk.kind], talk, session: talk.session });
		}
		for (const author of talk.authors) add(author, { kind: 'author', label: 'Author', talk, session: talk.session });
	}
	for (const person of event.contact?.people ?? []) add(person, { kind: 'contact', label: 'Contact' });
}
