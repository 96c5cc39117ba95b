import { z } from 'astro/zod';
import { dateSchema, idSchema, textSchema } from './common.ts';

/**
 * The props of the components pages can use, in one place: `npm run check` validates every
 * use in a page against these schemas (and the ids against the content), and each component
 * takes its `Props` type from here. Props are written as text in the page, e.g.
 * `<ImportantDates event="item-2020" />`. On an event's own pages `event` may be left out: it is
 * then that event.
 */

/** An event by id (a folder in `content/events/`); defaults to the page's own event. */
const eventProp = idSchema.optional();

/** `<ImportantDates />`: the event's deadlines and milestones, as on its page. */
export const ImportantDatesPropsSchema = z.strictObject({
	/** Event id, e.g. "item-2020". */
	event: eventProp,
});

/** `<Programme />`: the event's timetable, or one day of it. */
export const ProgrammePropsSchema = z.strictObject({
	/** Event id, e.g. "tinyml-2023". */
	event: eventProp,
	/** One day of the programme, e.g. "2023-03-27"; all days when left out. */
	day: dateSchema.optional(),
});

/** `<Committee />`: the people of one committee, or all of the event's committees. */
export const CommitteePropsSchema = z.strictObject({
	/** Event id, e.g. "item-2020". */
	event: eventProp,
	/** The committee by its heading as printed ("Program committee") or its role ("program-committee"); all when left out. */
	name: textSchema.optional(),
});

/** `<PersonCard />`: a person's name, affiliation, homepage and short bio. */
export const PersonCardPropsSchema = z.strictObject({
	/** Person id, e.g. "luca-benini" (a file in `content/people/`). */
	person: idSchema,
	/** Shows the affiliation printed at this event; defaults to the page's event, else the current one. */
	event: eventProp,
});

/** `<Countdown />`: one deadline with the time left, kept current in the visitor's browser. */
export const CountdownPropsSchema = z.strictObject({
	/** Event id, e.g. "item-2020". */
	event: eventProp,
	/** The important date by its label, e.g. "Submission deadline"; defaults to the event's first deadline. */
	deadline: textSchema.optional(),
});

/** `<CallForPapers />`: topics, paper formats, submission, review and proceedings from event.yaml. */
export const CallForPapersPropsSchema = z.strictObject({
	/** Event id, e.g. "accml-2020"; the event needs a `callForPapers` in its event.yaml. */
	event: eventProp,
});

/** `<Sponsors />`: the sponsors and partners of an event or a series, by tier. */
export const SponsorsPropsSchema = z.strictObject({
	/** Event id, e.g. "item-2020"; defaults to the page's own event. */
	event: eventProp,
	/** Series id, e.g. "item", for the sponsors of the whole series instead of one event. */
	series: idSchema.optional(),
});

/** Every component a page can use, by the name it is written with. */
export const componentPropsSchemas = {
	ImportantDates: ImportantDatesPropsSchema,
	Programme: ProgrammePropsSchema,
	Committee: CommitteePropsSchema,
	PersonCard: PersonCardPropsSchema,
	Countdown: CountdownPropsSchema,
	CallForPapers: CallForPapersPropsSchema,
	Sponsors: SponsorsPropsSchema,
} as const;

export type PageComponentName = keyof typeof componentPropsSchemas;
export type ImportantDatesProps = z.input<typeof ImportantDatesPropsSchema>;
export type ProgrammeProps = z.input<typeof ProgrammePropsSchema>;
export type CommitteeProps = z.input<typeof CommitteePropsSchema>;
export type PersonCardProps = z.input<typeof PersonCardPropsSchema>;
export type CountdownProps = z.input<typeof CountdownPropsSchema>;
export type CallForPapersProps = z.input<typeof CallForPapersPropsSchema>;
export type SponsorsProps = z.input<typeof SponsorsPropsSchema>;
