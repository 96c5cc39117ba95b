import { z } from 'astro/zod';
import {
	accentSchema,
	dateSchema,
	emailSchema,
	idSchema,
	peopleSchema,
	linkSchema,
	logoSchema,
	markdownSchema,
	textSchema,
	timeSchema,
	timeZoneSchema,
	urlSchema,
	zoneOrAoESchema,
} from './common.ts';
import { sponsorsSchema } from './sponsor.ts';

/** In person, online only, or both. */
export const eventFormats = ['in-person', 'virtual', 'hybrid'] as const;

/** Roles in an event's organisation; each is shown under its own heading. */
export const committeeRoles = [
	'organizers',
	'general-chairs',
	'program-chairs',
	'steering-committee',
	'publications-chairs',
	'publicity-chairs',
	'local-chairs',
	'program-committee',
] as const;

/** What an important date is: deadlines get a countdown, the rest are milestones. */
export const importantDateKinds = ['deadline', 'notification', 'milestone', 'event'] as const;

const venueSchema = z.strictObject({
	/** Name of the building or hotel, e.g. "Hyatt Regency San Francisco Airport". */
	name: textSchema.optional(),
	/** Street address. */
	address: textSchema.optional(),
	/** City, e.g. "Ghent". */
	city: textSchema.optional(),
	/** State or region, e.g. "CA". */
	region: textSchema.optional(),
	/** Postal code, in quotes, e.g. "94010". */
	postalCode: z.string().optional(),
	/** Country, e.g. "Belgium". */
	country: textSchema.optional(),
	/** `true` when the organizers keep the location private (shown as "undisclosed"). */
	undisclosed: z.boolean().default(false),
	/** For virtual and hybrid events: the platform, e.g. "Zoom (details in Whova)". */
	online: textSchema.optional(),
});

const importantDateSchema = z.strictObject({
	/** What the date is, e.g. "Submission deadline". */
	label: textSchema,
	/** `deadline` (default), `notification`, `milestone` or `event`. */
	kind: z.enum(importantDateKinds).default('deadline'),
	/** The date now in force, e.g. "2019-11-22". */
	date: dateSchema,
	/** Time of day on that date, e.g. "23:59". Without it the whole day counts (until 23:59). */
	time: timeSchema.optional(),
	/** Zone of the date: an IANA zone, or "AoE" (anywhere on earth, UTC-12). Defaults to the event's zone. */
	timezone: zoneOrAoESchema.optional(),
	/** Earlier values of a date that moved, oldest first, e.g. ["2019-11-08"]; shown struck through. */
	previously: z.array(dateSchema).default([]),
});

const committeeSchema = z.strictObject({
	/** The role, one of the fixed list (organizers, general-chairs, program-committee, …). */
	role: z.enum(committeeRoles),
	/** Heading as the event prints it when it differs, e.g. "Workshop Co-Organizers". */
	title: textSchema.optional(),
	/** People in this role, by id (files in `content/people/`), in the printed order. */
	members: peopleSchema.min(1, { error: 'must list at least one person id' }),
});

const paperFormatSchema = z.strictObject({
	/** e.g. "Full paper". */
	name: textSchema,
	/** Page limit, including figures and references unless the note says otherwise. */
	pages: z.int().positive().optional(),
	/** e.g. "recommended, no firm limit". */
	note: textSchema.optional(),
});

const callForPapersSchema = z.strictObject({
	/** Introduction to the call, in Markdown. */
	text: markdownSchema.optional(),
	/** Paper formats and their page limits. */
	formats: z.array(paperFormatSchema).default([]),
	/** Formatting rules, e.g. "Springer LNCS". */
	template: textSchema.optional(),
	/** How and where to submit, in Markdown. */
	submission: markdownSchema.optional(),
	/** Submission system address. */
	submissionUrl: urlSchema.optional(),
	/** Kinds of submission the call welcomes. */
	options: z.array(z.strictObject({ name: textSchema, description: markdownSchema })).default([]),
	/** How papers are reviewed, in Markdown. */
	review: markdownSchema.optional(),
	/** Proceedings and publication of accepted papers, in Markdown. */
	proceedings: markdownSchema.optional(),
});

/** One edition of a series: `content/events/<id>/event.yaml`. The folder name is the event id. */
export const EventSchema = z.strictObject({
	/** Full title, e.g. "3rd Workshop on Embedded Machine Learning". */
	title: textSchema,
	/** Short title for lists and the browser tab, e.g. "WEML 2019/20". */
	shortTitle: textSchema,
	/** Id of the series (a file in `content/series/`). */
	series: idSchema,
	/** Edition number within the series, e.g. 3 for the third. */
	edition: z.int().positive().optional(),
	/**
	 * `true` while the edition is being prepared: `npm run dev` shows it, `npm run build` leaves it,
	 * its pages and its people out. `npm run new:event` starts every new edition as a draft.
	 */
	draft: z.boolean().default(false),
	/** The conference the workshop is held with. */
	host: z
		.strictObject({
			/** e.g. "ECML-PKDD 2020". */
			name: textSchema,
			/** The host conference's website. */
			url: urlSchema.optional(),
		})
		.optional(),
	/** First day, e.g. "2020-09-14". */
	start: dateSchema,
	/** Last day; leave out for a one-day event. */
	end: dateSchema.optional(),
	/** IANA time zone of every time in the programme, e.g. "Europe/Brussels" (never "CET"). */
	timezone: timeZoneSchema,
	/** A sentence shown beside times when the zone is assumed rather than printed by the source. */
	timezoneNote: textSchema.optional(),
	/** `in-person`, `virtual` or `hybrid`. Leave out only for a past edition whose format is not known. */
	format: z.enum(eventFormats).optional(),
	/** Where it takes place. */
	venue: venueSchema.default({ undisclosed: false }),
	/** The event's own website. */
	website: urlSchema.optional(),
	/** What the event is about, in Markdown. */
	about: markdownSchema.optional(),
	/** Keywords, as printed. */
	keywords: z.array(textSchema).default([]),
	/** Topics of interest, one per item. */
	topics: z.array(markdownSchema).default([]),
	/** The call for papers. */
	callForPapers: callForPapersSchema.optional(),
	/** A note printed with the important dates, e.g. "Dates updated." */
	importantDatesNote: textSchema.optional(),
	/** Deadlines and milestones, in the order printed. */
	importantDates: z.array(importantDateSchema).default([]),
	/** Organizers and committees, in the order printed. */
	committees: z.array(committeeSchema).default([]),
	/** How to reach the organizers. */
	contact: z
		.strictObject({
			/** Shared address; shown obfuscated, never in plain text. */
			email: emailSchema.optional(),
			/** Contact people, by id. */
			people: peopleSchema.default([]),
			/** A sentence such as "Questions about the programme go to the program chair." */
			note: textSchema.optional(),
		})
		.optional(),
	/** Other links: proceedings, registration, recordings. */
	links: z.array(z.strictObject({ label: textSchema, url: linkSchema })).default([]),
	/** What happened, written after the event, in Markdown. */
	summary: markdownSchema.optional(),
	/** The event's logo, worn by its pages instead of the series' or the site's. */
	logo: logoSchema.optional(),
	/** The event's accent colours, worn by its pages (event, programme, talks). */
	accent: accentSchema.optional(),
	/** Sponsors and partners of this edition, shown on the event page grouped by tier. */
	sponsors: sponsorsSchema,
});

export type EventInput = z.input<typeof EventSchema>;
export type EventData = z.output<typeof EventSchema>;
