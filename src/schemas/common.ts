import { z } from 'astro/zod';
import { addressSpans } from '../model/email.ts';
import { markdownProblems } from '../model/markdown.ts';
import { checkLink, isMailAddress, isWebAddress } from '../model/safe-url.ts';
import { imageFormats } from '../loading/images.ts';
import { accentProblem } from '../model/theme.ts';
import { AOE, isRealDate, isValidTimeZone, timeZoneNamed } from '../model/time.ts';
import { closest } from '../loading/issues.ts';

/**
 * Building blocks shared by the content schemas. Every message says what is wrong
 * and what would be right, because organizers read them in `npm run check`.
 */

/** The message for a text over `max` characters, with what to do about it. */
const tooLong = (max: number, hint: string) => (issue: { input?: unknown }) =>
	`is ${String(issue.input).length.toLocaleString('en')} characters long; it may have at most ${max.toLocaleString('en')}: ${hint}`;

/** The longest id: it names files and folders of the site, and file systems refuse long names. */
export const maxIdLength = 100;

/** A lowercase slug used as a file name and in URLs, e.g. `luca-benini`. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'must be a lowercase id of letters, digits and single hyphens, e.g. "luca-benini"',
	})
	.max(maxIdLength, { error: tooLong(maxIdLength, 'shorten it') });

/** People by id (their files in people/), each once. */
export const peopleSchema = z.array(idSchema).superRefine((ids, context) => {
	const seen = new Set<string>();
	ids.forEach((id, index) => {
		if (seen.has(id)) context.addIssue({ code: 'custom', path: [index], message: 'is listed twice; name each person once', input: id });
		seen.add(id);
	});
});

/** A calendar date written `"YYYY-MM-DD"` (quoted, so YAML keeps it as text). */
export const dateSchema = z
	.string({ error: 'must be a date in quotes, e.g. "2020-09-14"' })
	// Aborts on a wrong form: "27/03/2023" needs its form fixed, not its day and month checked.
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written "YYYY-MM-DD", e.g. "2020-09-14"', abort: true })
	.refine(isRealDate, { error: 'is not a real calendar date; check the day and month' });

/** A wall-clock time `"HH:MM"` on the 24-hour clock, in the event's time zone. */
export const timeSchema = z
	.string({ error: 'must be a time in quotes, e.g. "09:30"' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time written "HH:MM", e.g. "09:30" or "14:05"' });

/** What is wrong with a time zone name, and what would be right. */
function timeZoneMessage(value: string): string {
	const named = timeZoneNamed(value);
	if (named) return `must be written "${named}"`;
	if (!value.includes('/')) return 'must be an IANA time zone name such as "Europe/Brussels" or "America/Los_Angeles", not an abbreviation like "CET"';
	// A typo is usually in the city: look among the zones of the region written, then among all.
	const zones = Intl.supportedValuesOf('timeZone');
	const [region, ...city] = value.split('/');
	const inRegion = zones.filter((zone) => zone.toLowerCase().startsWith(`${region!.toLowerCase()}/`));
	const cityMatch = closest(city.join('/'), inRegion.map((zone) => zone.slice(region!.length + 1)));
	const suggestion = cityMatch ? `${inRegion[0]!.split('/')[0]}/${cityMatch}` : inRegion.length === 0 ? closest(value, zones) : undefined;
	return suggestion
		? `is not an IANA time zone name; did you mean "${suggestion}"?`
		: 'is not an IANA time zone name; a city without a zone of its own takes its country\'s, e.g. "Europe/Lisbon" for Porto or "Europe/Brussels" for Ghent (all zones: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)';
}

/** An IANA time zone name such as `Europe/Brussels`; never an abbreviation like CET. */
export const timeZoneSchema = z.string().superRefine((value, context) => {
	if (!isValidTimeZone(value)) context.addIssue({ code: 'custom', message: timeZoneMessage(value), input: value });
});

/** A time zone name, or `AoE` (anywhere on earth, UTC-12), the zone of many paper deadlines. */
export const zoneOrAoESchema = z.string().superRefine((value, context) => {
	if (value === AOE || isValidTimeZone(value)) return;
	const message =
		value.toLowerCase() === AOE.toLowerCase()
			? `must be written "${AOE}"`
			: `${timeZoneMessage(value)}${value.includes('/') ? '' : `, or "${AOE}" for anywhere on earth`}`;
	context.addIssue({ code: 'custom', message, input: value });
});

/**
 * An e-mail address inside a web address (`https://name@host/`, `?contact=name@example.org`): the
 * site shows web addresses as they are, so harvesters would find it.
 */
function addressInWebAddress(value: string): boolean {
	if (!value.includes('@') || !/^https?:\/\//i.test(value.trim())) return false;
	const url = URL.parse(value.trim());
	return Boolean(url?.username || url?.password) || addressSpans(value).length > 0;
}
const addressInWebAddressMessage = 'holds an e-mail address or a user name, which the site would show as plain text to address harvesters; leave it out, or give the address as a mailto: link or in a Markdown field';

/** Written as a full web address: a scheme first, not a site path that resolves to one. */
const isFullWebAddress = (value: string) => /^https?:\/\//i.test(value.trim()) && isWebAddress(value);

/** A string field of web addresses: `accepted` first, then no e-mail address or user name inside. */
const webAddressSchema = (accepted: (value: string) => boolean, error: string) =>
	z
		.string()
		.refine(accepted, { error, abort: true })
		.refine((value) => !addressInWebAddress(value), { error: addressInWebAddressMessage });

/** An absolute web address; only http and https are allowed. */
export const urlSchema = webAddressSchema(isFullWebAddress, 'must be a full web address starting with https:// or http://');

/** A web address or a `mailto:` link (never `javascript:` or other schemes). */
export const linkSchema = webAddressSchema(
	(value) => isFullWebAddress(value) || (/^mailto:/i.test(value.trim()) && isMailAddress(value)),
	'must start with https://, http:// or mailto:',
);

/** An e-mail address. Lectern never prints it in plain text. */
export const emailSchema = z.string().refine(
	// At most 254 characters (RFC 5321), tested before the pattern, whose time grows with the square of the length.
	(value) => value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
	{ error: 'must be an e-mail address such as "name@example.org"' },
);

/**
 * Whether a text holds an HTML tag (`<b>`, `</i>`, `<a href=…>`) or comment. By hand rather than
 * one pattern: `<[a-z]…(\s[^>]*)?>` looks for a ">" after every "<a " and so takes time growing
 * with the square of the length of a text of many.
 */
export function holdsHtmlTag(text: string): boolean {
	if (text.includes('<!--')) return true;
	const lastClose = text.lastIndexOf('>');
	for (const match of text.matchAll(/<\/?[a-z][\w-]*/gi)) {
		const next = match.index + match[0].length;
		// After the name, a browser reads "/" as it reads a space: <img/src=x onerror=…> is a tag.
		if (text[next] === '>' || (/[\s/]/.test(text[next] ?? '') && next < lastClose)) return true;
	}
	return false;
}

/**
 * A character no page, feed or calendar can carry: control characters other than tab and line
 * breaks (often pasted from a PDF), noncharacters such as U+FFFE, and halves of a character.
 * XML refuses them outright, and HTML validators flag them.
 */
const unshowable = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** What is wrong with a text that holds such a character, if anything. */
export function unshowableProblem(text: string): string | undefined {
	const found = unshowable.exec(text);
	if (!found) return undefined;
	const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return `contains the invisible character ${code} (character ${found.index + 1}), which pages, feeds and calendars cannot carry; delete it (it often comes with text pasted from a PDF)`;
}

/** The longest one-line text: a title or a name, never a page. */
export const maxTextLength = 1000;

/** The longest Markdown text: several pages of an abstract or a call for papers. */
export const maxMarkdownLength = 20_000;

/** One line of plain text (no HTML). */
export const textSchema = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty; leave the field out instead' })
	.max(maxTextLength, { error: tooLong(maxTextLength, 'shorten it, or put longer text in a Markdown field such as an abstract or about'), abort: true })
	.refine((value) => !holdsHtmlTag(value), { error: 'must not contain HTML; write plain text' })
	.superRefine((value, context) => {
		const problem = unshowableProblem(value);
		if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
		if (value.includes('@') && addressSpans(value).length > 0) {
			context.addIssue({
				code: 'custom',
				message: 'contains an e-mail address, which this field would show as plain text to address harvesters; write it in a Markdown field (an abstract, a bio, the event\'s about), where Lectern hides it, or in the event\'s contact',
				input: value,
			});
		}
	});

/**
 * Markdown text (paragraphs, lists, emphasis, links); raw HTML is not allowed, and links go to
 * https://, http://, mailto: or a site path. The renderer enforces the same rules again.
 */
export const markdownSchema = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty; leave the field out instead' })
	.max(maxMarkdownLength, { error: tooLong(maxMarkdownLength, 'shorten it, or link to the full text'), abort: true })
	.superRefine((value, context) => {
		for (const message of [unshowableProblem(value), ...markdownProblems(value)]) {
			if (message) context.addIssue({ code: 'custom', message, input: value });
		}
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

/** A link in the site's menu or footer: a path on the site (`/imprint/`) or an https:// address. */
export const siteLinkSchema = z.string().refine(
	(value) => {
		const target = checkLink(value);
		return target.ok && (target.kind === 'site' || (target.kind === 'web' && target.href.startsWith('https:')));
	},
	{ error: 'must be a path on this site such as "/imprint/", or a full address starting with https://' },
);

/** A label and where it leads, for the menu and the footer. */
export const siteLinkEntrySchema = z.strictObject({
	/** The text of the link, e.g. "Imprint". */
	label: textSchema,
	/** A path on the site, e.g. "/imprint/", or an https:// address. */
	link: siteLinkSchema,
});

/** A colour written `#rrggbb` (or `#rgb`), e.g. "#0b57a4". */
export const colourSchema = z
	.string()
	.regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'must be a colour written "#rrggbb", e.g. "#0b57a4"' });

/**
 * The accent colour of links and highlights, for light and for dark mode. Each must reach WCAG
 * AA contrast (4.5:1) with the backgrounds it is used on; the check proposes a shade that does.
 * @see https://www.w3.org/TR/WCAG22/#contrast-minimum
 */
export const accentSchema = z
	.strictObject({
		/** For light mode: a dark enough colour, e.g. "#0b57a4". */
		light: colourSchema.optional(),
		/** For dark mode: a light enough colour, e.g. "#8cc2ff". */
		dark: colourSchema.optional(),
	})
	.superRefine((accent, context) => {
		for (const scheme of ['light', 'dark'] as const) {
			const colour = accent[scheme];
			const problem = colour && accentProblem(colour, scheme);
			if (problem) context.addIssue({ code: 'custom', path: [scheme], message: problem, input: colour });
		}
	});

const imageExtensions = imageFormats.map((format) => `.${format}`).join(', ');

/** Where an image is: a path inside the content folder, e.g. "images/logo.svg". */
export const imagePathSchema = z
	.string()
	.trim()
	.refine((value) => /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\:]+$/.test(value), {
		error: 'must be a path inside the content folder written with "/", e.g. "images/logo.svg"',
	})
	.refine((value) => imageFormats.includes((/\.([^./]+)$/.exec(value)?.[1] ?? '').toLowerCase() as (typeof imageFormats)[number]), {
		error: `is not an image format the site publishes; use ${imageExtensions}`,
	});

/**
 * An image from the content folder with its text alternative. `altRequired` for logos and other
 * images that carry meaning; a photo may fall back to a default such as "Photo of Ada Example".
 */
export function imageSchema({ altRequired }: { altRequired: boolean }) {
	return z
		.strictObject({
			/** Path inside the content folder, e.g. "images/logo.svg" (SVG, PNG, JPEG, WebP or AVIF). */
			src: imagePathSchema,
			/** What the image shows or says, for visitors who cannot see it, e.g. "Logo of Example University". */
			alt: textSchema.optional(),
		})
		.superRefine((image, context) => {
			if (altRequired && image.alt === undefined) {
				context.addIssue({
					code: 'custom',
					path: ['alt'],
					message: 'is required: say what the image shows for visitors who cannot see it, e.g. "Logo of Example University"',
					input: undefined,
				});
			}
		});
}

/** A logo: an image whose text alternative is required. */
export const logoSchema = imageSchema({ altRequired: true });
