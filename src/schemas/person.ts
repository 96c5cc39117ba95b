import { z } from 'astro/zod';
import { emailSchema, idSchema, imageSchema, markdownSchema, textSchema, urlSchema } from './common.ts';

/**
 * A person: `content/people/<id>.yaml`. One file per person for every event they appear in;
 * the file name is their id, used in programmes and committees.
 */
export const PersonSchema = z.strictObject({
	/** Full name as the person writes it, e.g. "Holger Fröning". */
	name: textSchema,
	/** Name to sort by when it is not the last word, e.g. "Janapa Reddi" for Vijay Janapa Reddi. */
	sortName: textSchema.optional(),
	/** Affiliation today (shown as "current"). Defaults to the one at their latest event. */
	affiliation: textSchema.optional(),
	/**
	 * Affiliation as it was at each event, keyed by event id, e.g.
	 * `item-2020: ETH Zürich and University of Bologna`.
	 */
	affiliations: z.record(idSchema, textSchema).default({}),
	/** Personal or institutional home page. */
	homepage: urlSchema.optional(),
	/** Short biography in Markdown, as printed with a keynote. */
	bio: markdownSchema.optional(),
	/** Contact address. Kept for organizers, never published in plain text. */
	email: emailSchema.optional(),
	/**
	 * A photo, shown on the person's page and their talks' pages, e.g. `{ src: images/people/ada.jpg }`.
	 * Publish one only with the person's consent. `alt` defaults to "Photo of <name>".
	 */
	photo: imageSchema({ altRequired: false }).optional(),
});

export type PersonInput = z.input<typeof PersonSchema>;
export type PersonData = z.output<typeof PersonSchema>;
