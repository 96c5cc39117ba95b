import { z } from 'astro/zod';
import { markdownProblems } from '../lib/markdown.ts';
import { isMailAddress, isWebAddress } from '../lib/safe-url.ts';
import { isRealDate, isValidTimeZone } from '../lib/time.ts';

/**
 * Building blocks shared by the content schemas. Every message says what is wrong
 * and what would be right, because organizers read them in `npm run check`.
 */

/** A lowercase slug used as a file name and in URLs, e.g. `luca-benini`. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'must be a lowercase id of letters, digits and single hyphens, e.g. "luca-benini"',
	});

/** A calendar date written `"YYYY-MM-DD"` (quoted, so YAML keeps it as text). */
export const dateSchema = z
	.string({ error: 'must be a date in quotes, e.g. "2020-09-14"' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written "YYYY-MM-DD", e.g. "2020-09-14"' })
	.refine(isRealDate, { error: 'is not a real calendar date; check the day and month' });

/** A wall-clock time `"HH:MM"` on the 24-hour clock, in the event's time zone. */
export const timeSchema = z
	.string({ error: 'must be a time in quotes, e.g. "09:30"' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time written "HH:MM", e.g. "09:30" or "14:05"' });

/** An IANA time zone name such as `Europe/Brussels`; never an abbreviation like CET. */
export const timeZoneSchema = z.string().refine(isValidTimeZone, {
	error: 'must be an IANA time zone name such as "Europe/Brussels" or "America/Los_Angeles", not an abbreviation like "CET"',
});

/** An absolute web address; only http and https are allowed. */
export const urlSchema = z.string().refine(
	(value) => /^https?:\/\//i.test(value.trim()) && isWebAddress(value),
	{ error: 'must be a full web address starting with https:// or http://' },
);

/** A web address or a `mailto:` link (never `javascript:` or other schemes). */
export const linkSchema = z.string().refine(
	(value) => (/^https?:\/\//i.test(value.trim()) && isWebAddress(value)) || (/^mailto:/i.test(value.trim()) && isMailAddress(value)),
	{ error: 'must start with https://, http:// or mailto:' },
);

/** An e-mail address. Lectern never prints it in plain text. */
export const emailSchema = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
	error: 'must be an e-mail address such as "name@example.org"',
});

const htmlTag = /<\/?[a-z][\w-]*(\s[^>]*)?\/?>|<!--/i;

/** One line of plain text (no HTML). */
export const textSchema = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty; leave the field out instead' })
	.refine((value) => !htmlTag.test(value), { error: 'must not contain HTML; write plain text' });

/**
 * Markdown text (paragraphs, lists, emphasis, links); raw HTML is not allowed, and links go to
 * https://, http://, mailto: or a site path. The renderer enforces the same rules again.
 */
export const markdownSchema = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty; leave the field out instead' })
	.superRefine((value, context) => {
		for (const message of markdownProblems(value)) context.addIssue({ code: 'custom', message, input: value });
	});

/** Links for a talk or an event: each is optional. */
export const linksSchema = z.strictObject({
	/** Recording of the talk (YouTube, Vimeo, …). */
	video: urlSchema.optional(),
	/** Slides as published (PDF or a slide host). */
	slides: urlSchema.optional(),
	/** The paper (DOI link, arXiv, proceedings). */
	paper: urlSchema.optional(),
	/** Source code or artefact repository. */
	code: urlSchema.optional(),
});
