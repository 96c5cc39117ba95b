import { z } from 'astro/zod';
import { accentSchema, idSchema, logoSchema, markdownSchema, textSchema, urlSchema } from './common.ts';
import { sponsorsSchema } from './sponsor.ts';

/** How one series stands to another, as the series' own pages state it. */
export const relationKinds = ['counterpart-of', 'successor-of', 'predecessor-of', 'related-to'] as const;

const relationSchema = z
	.strictObject({
		/** `counterpart-of`, `successor-of`, `predecessor-of` or `related-to`. */
		kind: z.enum(relationKinds),
		/** Id of the other series when it is in Lectern (a file in `content/series/`). */
		series: idSchema.optional(),
		/** Name of the other series when it is not in Lectern, e.g. a predecessor workshop. */
		name: textSchema.optional(),
		/** One sentence on the relation, in the series' own words. */
		note: textSchema.optional(),
	})
	.refine((relation) => Boolean(relation.series) !== Boolean(relation.name), {
		error: 'needs exactly one of "series" (an id in content/series/) or "name" (a series outside Lectern)',
	});

/** A workshop series: `content/series/<id>.yaml`. Its editions are the events that name it. */
export const SeriesSchema = z.strictObject({
	/** Full name, e.g. "IoT, Edge, and Mobile for Embedded Machine Learning". */
	name: textSchema,
	/** Short name used in lists and titles, e.g. "ITEM". */
	shortName: textSchema,
	/** What the series is about, in Markdown. */
	description: markdownSchema.optional(),
	/** The series' own website. */
	homepage: urlSchema.optional(),
	/** Relations to other series, e.g. ITEM is the academic counterpart of WEML. */
	relations: z.array(relationSchema).default([]),
	/** The series' logo, worn by its pages and its editions' pages instead of the site's. */
	logo: logoSchema.optional(),
	/** The series' accent colours, worn by its pages and its editions' pages. */
	accent: accentSchema.optional(),
	/** Sponsors and partners of the whole series, shown on the series page. */
	sponsors: sponsorsSchema,
});

export type SeriesInput = z.input<typeof SeriesSchema>;
export type SeriesData = z.output<typeof SeriesSchema>;
