import type { EventInput } from '../schemas/event.ts';
import { closest } from '../loading/issues.ts';
import { toContentYaml } from './yaml-out.ts';

/**
 * A new edition of a series, started from its latest edition: series, title and host with the
 * year (and the edition's ordinal, "3rd" → "4th") moved on, edition number, zone, format, venue,
 * committees, about and call carried over as a starting point; dates moved to the same days of
 * the new year; an empty programme.
 */

export interface Edition {
	id: string;
	data: EventInput;
}

export interface Scaffold {
	eventId: string;
	files: Record<string, string>;
	/** What the organizer should edit next. */
	nextSteps: string[];
}

export type ScaffoldResult = { ok: true; scaffold: Scaffold } | { ok: false; message: string };

/** Where the scaffold goes, for its messages and for editors. */
export interface ScaffoldPlace {
	/** The content folder as messages name it: `content`, or where LECTERN_CONTENT points. */
	contentDir: string;
	/** The JSON Schemas folder, relative to an event's folder (editors validate the YAML by it). */
	schemasDir: string;
}

function moveYear(date: string, year: number): string {
	const moved = `${year}${date.slice(4)}`;
	// 29 February has no counterpart in most years.
	return moved.endsWith('-02-29') && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? `${year}-02-28` : moved;
}

/**
 * A name with its years moved on: "ECML-PKDD 2022" → "ECML-PKDD 2023", and a season that spans
 * two years, "WEML 2019/20" (an edition starting in 2020) → "WEML 2026/27".
 */
function moveYears(text: string, oldYear: number, year: number): string {
	const spans = text.replace(/\b(\d{4})\/(\d{4}|\d{2})\b/g, (span, first: string, second: string) =>
		Number(first) === oldYear - 1 && String(oldYear).endsWith(second) ? `${year - 1}/${String(year).slice(-second.length)}` : span,
	);
	return spans.replace(new RegExp(`(?<![\\d/])${oldYear}(?![\\d/])`, 'g'), String(year));
}

const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
function ordinal(n: number): string {
	const suffixes: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
	return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (suffixes[n % 10] ?? 'th')}`;
}

/** A title with the edition's ordinal moved on: "3rd Workshop" → "4th Workshop", "Third" → "Fourth". */
function moveOrdinal(text: string, from: number, to: number): string {
	const moved = text.replace(new RegExp(`\\b${ordinal(from)}\\b`, 'g'), ordinal(to));
	const [word, next] = [ordinalWords[from - 1], ordinalWords[to - 1]];
	if (!word || !next) return moved;
	return moved.replace(new RegExp(`\\b${word}\\b`, 'gi'), (found) => inCaseOf(found, next));
}

/** `word` written as `model` is: "THIRD" → "FOURTH", "Third" → "Fourth", "third" → "fourth". */
function inCaseOf(model: string, word: string): string {
	if (model === model.toUpperCase()) return word.toUpperCase();
	return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

export function scaffoldEdition(
	seriesIds: readonly string[],
	editions: readonly Edition[],
	seriesId: string,
	year: number,
	existingEventIds: readonly string[],
	place: ScaffoldPlace,
): ScaffoldResult {
	const schemaLine = (name: string) => `# yaml-language-server: $schema=${place.schemasDir}/${name}.schema.json\n`;
	if (!seriesIds.includes(seriesId)) {
		const suggestion = closest(seriesId, seriesIds);
		return { ok: false, message: `There is no series "${seriesId}"${suggestion ? `; did you mean "${suggestion}"?` : ''} Series: ${seriesIds.join(', ')}.` };
	}
	if (!Number.isInteger(year) || year < 1900 || year > 2999) return { ok: false, message: `"${year}" is not a year; give four digits, e.g. 2027.` };
	const eventId = `${seriesId}-${year}`;
	if (existingEventIds.includes(eventId)) {
		return { ok: false, message: `${place.contentDir}/events/${eventId}/ already exists; Lectern will not overwrite an edition. Edit it, or choose another year.` };
	}
	const latest = editions.filter((e) => e.data.series === seriesId).sort((a, b) => b.data.start.localeCompare(a.data.start))[0];
	if (!latest) return { ok: false, message: `Series "${seriesId}" has no edition to start from; create ${place.contentDir}/events/${eventId}/event.yaml by hand (see docs/content-format.md).` };

	const oldYear = Number(latest.data.start.slice(0, 4));
	const bump = (text: string) => moveYears(text, oldYear, year);
	const { data } = latest;
	// An edition before the latest has a number the scaffold cannot know: the organizer gives it.
	const edition = data.edition === undefined || year < oldYear ? undefined : data.edition + 1;
	const shortTitle = bump(data.shortTitle);
	const event: EventInput = {
		// Carried-over text is last year's until edited: nothing is published before the organizer says so.
		draft: true,
		title: edition === undefined ? bump(data.title) : moveOrdinal(bump(data.title), data.edition!, edition),
		shortTitle: shortTitle === data.shortTitle ? `${data.shortTitle} ${year}` : shortTitle,
		series: seriesId,
		...(edition !== undefined && { edition }),
		...(data.host && { host: { name: bump(data.host.name) } }),
		start: moveYear(data.start, year),
		...(data.end && data.end !== data.start && { end: moveYear(data.end, year) }),
		timezone: data.timezone,
		...(data.format && { format: data.format }),
		...(data.venue && { venue: data.venue }),
		...(data.about && { about: data.about }),
		...(data.keywords?.length && { keywords: data.keywords }),
		...(data.topics?.length && { topics: data.topics }),
		...(data.callForPapers && { callForPapers: data.callForPapers }),
		...(data.committees?.length && { committees: data.committees }),
		...(data.contact && { contact: data.contact }),
	};
	const eventYaml =
		schemaLine('event') +
		`# ${event.shortTitle}, scaffolded from ${latest.id} by npm run new:event. Dates, host, venue and\n# "about" are carried over as a starting point: check every field, then remove "draft: true"\n# to publish it (until then npm run dev shows it and npm run build leaves it out).\n` +
		toContentYaml(event);
	const programmeYaml =
		schemaLine('programme') +
		`# Programme of ${event.shortTitle}: wall-clock times in ${data.timezone}. Uncomment and fill in, e.g.:\n` +
		`#\n# days:\n#   - date: "${event.start}"\n#     sessions:\n#       - start: "09:00"\n#         end: "09:15"\n#         kind: opening\n#         title: Welcome\n` +
		`#       - start: "09:15"\n#         end: "10:00"\n#         kind: keynote\n#         talks:\n#           - id: my-keynote\n#             title: A Keynote\n#             speakers: [person-id]\n` +
		'days: []\n';
	return {
		ok: true,
		scaffold: {
			eventId,
			files: { [`events/${eventId}/event.yaml`]: eventYaml, [`events/${eventId}/programme.yaml`]: programmeYaml },
			nextSteps: [
				`Edit ${place.contentDir}/events/${eventId}/event.yaml: dates (now ${event.start}${event.end ? ` to ${event.end}` : ''}), host, venue, the "about" text (it still describes ${latest.id}), committees, important dates.`,
				`Fill in ${place.contentDir}/events/${eventId}/programme.yaml as the programme takes shape.`,
				'Run npm run check after each change, and npm run dev to preview.',
				`The edition is a draft: npm run build leaves it out until you remove "draft: true" from its event.yaml.`,
			],
		},
	};
}
