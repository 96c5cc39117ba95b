import { z } from 'astro/zod';
import { dateSchema, idSchema, linksSchema, markdownSchema, peopleSchema, textSchema, timeSchema } from './common.ts';

/** Kinds of session; each has its own look on the programme. */
export const sessionKinds = [
	'registration',
	'opening',
	'keynote',
	'invited',
	'papers',
	'short-papers',
	'tutorial',
	'panel',
	'posters',
	'break',
	'meal',
	'closing',
	'other',
] as const;

/** Kinds of talk. */
export const talkKinds = [
	'keynote',
	'invited',
	'paper',
	'short-paper',
	'tutorial',
	'panel',
	'remarks',
	'talk',
] as const;

/** A session's end, or a talk's start or end, may carry "+1" when it is past midnight, e.g. "00:30+1". */
const endTimeSchema = z
	.string({ error: 'must be a time in quotes, e.g. "10:30"' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d(\+1)?$/, {
		error: 'must be a 24-hour time written "HH:MM", e.g. "10:30" ("00:30+1" for past midnight)',
	});

/** A talk: one presentation, with its own page. */
export const TalkSchema = z.strictObject({
	/** Unique within the event; part of the talk's address, e.g. "mcunet". */
	id: idSchema,
	/** Title as printed. Leave out when the source gives none: the site then says "Invited talk — Name". */
	title: textSchema.optional(),
	/** `keynote`, `invited`, `paper`, `short-paper`, `tutorial`, `panel`, `remarks` or `talk`. Defaults from the session. */
	kind: z.enum(talkKinds).optional(),
	/** Speakers by person id, in the printed order. */
	speakers: peopleSchema.default([]),
	/** Authors who are not listed as speakers (e.g. when the presenter is not known), by person id. */
	authors: peopleSchema.default([]),
	/** Start, when the talk has its own slot inside the session ("00:10+1" after midnight). */
	start: endTimeSchema.optional(),
	/** End, when the talk has its own slot inside the session. */
	end: endTimeSchema.optional(),
	/** Abstract in Markdown. */
	abstract: markdownSchema.optional(),
	/** Video, slides, paper and code links. */
	links: linksSchema.default({}),
	/** A short remark printed with the talk, e.g. "Joint presentation with the next paper". */
	note: textSchema.optional(),
	/**
	 * The track the talk belongs to, where a conference has tracks that are not rooms, e.g.
	 * "Hardware". Leave out to use the session's; visitors can filter the programme by track.
	 */
	track: textSchema.optional(),
});

/** A block of the timetable: a keynote, a paper session, a break. */
export const SessionSchema = z.strictObject({
	/** Stable id, unique within the event. Leave out to use the day and start time. */
	id: idSchema.optional(),
	/** Start, wall-clock in the event's zone, e.g. "09:00". */
	start: timeSchema,
	/** End, e.g. "10:20"; "00:30+1" for a session that runs past midnight. */
	end: endTimeSchema,
	/** What kind of session it is. */
	kind: z.enum(sessionKinds),
	/** Title as printed, e.g. "tinyML Hardware". Breaks may leave it out. */
	title: textSchema.optional(),
	/**
	 * Room; sessions in different rooms may run in parallel, and the programme shows each room as
	 * a column, in the order the rooms first appear in this file. Leave out for sessions everyone
	 * attends (breaks, keynotes): they span all rooms.
	 */
	room: textSchema.optional(),
	/** The track of the session's talks, where tracks are not rooms, e.g. "Hardware". */
	track: textSchema.optional(),
	/** Session chairs by person id. */
	chairs: peopleSchema.default([]),
	/** People who lead a session that has no talks (opening remarks, a panel), by id. */
	speakers: peopleSchema.default([]),
	/** A sentence or two about the session, in Markdown. */
	description: markdownSchema.optional(),
	/** Talks in the order they are given. */
	talks: z.array(TalkSchema).default([]),
});

/** The timetable of one event: `content/events/<id>/programme.yaml`. */
export const ProgrammeSchema = z.strictObject({
	/** A remark printed with the programme, e.g. "Schedule subject to change without notice." */
	note: textSchema.optional(),
	/** Each day of the event with its sessions in time order. */
	days: z
		.array(
			z.strictObject({
				/** The day, e.g. "2020-09-14". */
				date: dateSchema,
				/** Sessions of the day. */
				sessions: z.array(SessionSchema).min(1, { error: 'must list at least one session' }),
			}),
		)
		.default([]),
	/** Talks whose time is not known (the source gives no timetable). Listed without times. */
	unscheduled: z.array(TalkSchema).default([]),
});

export type TalkInput = z.input<typeof TalkSchema>;
export type TalkData = z.output<typeof TalkSchema>;
export type SessionData = z.output<typeof SessionSchema>;
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
export type ProgrammeData = z.output<typeof ProgrammeSchema>;
