import { z } from 'astro/zod';
import { accentSchema, imageSchema, logoSchema, markdownSchema, siteLinkEntrySchema, textSchema } from './common.ts';

/** The site's footer: the organizer's text and links, such as the imprint and privacy notice. */
const footerSchema = z.strictObject({
	/** A line or two in Markdown, e.g. who runs the site. */
	text: markdownSchema.optional(),
	/**
	 * Links shown in the footer, in order. Organizers in the EU usually must link an imprint and a
	 * privacy notice, e.g. `{ label: Imprint, link: https://example.org/imprint }`.
	 */
	links: z.array(siteLinkEntrySchema).default([]),
	/** `true` adds a line saying which tool made the site; off unless you want it. */
	madeWith: z.boolean().default(false),
});

/** The site's settings: `content/site.yaml`, one per project. */
export const SiteSchema = z.strictObject({
	/** The site's name, in every page title, the header and link previews, e.g. "Embedded ML Workshops". */
	name: textSchema,
	/** A shorter name where space is tight, e.g. "EML Workshops". Defaults to the name. */
	shortName: textSchema.optional(),
	/** One or two sentences on what the site holds, for the home page and search engines. */
	description: textSchema,
	/** The logo in the header, e.g. `{ src: images/logo.svg, alt: Embedded ML Workshops }`. */
	logo: logoSchema.optional(),
	/** The icon browsers show in tabs: an SVG or a square PNG. Defaults to the logo when it is an SVG. */
	favicon: imageSchema({ altRequired: false }).optional(),
	/** The accent colour of links and highlights, for light and dark mode. */
	accent: accentSchema.optional(),
	/** Extra entries appended to the site's menu, e.g. `{ label: About, link: https://example.org/ }`. */
	menu: z.array(siteLinkEntrySchema).default([]),
	/** The footer's text and links. */
	footer: footerSchema.prefault({}),
	/** The image link previews show for pages without one of their own: PNG or JPEG, 1200×630 pixels is best. */
	socialImage: logoSchema
		.refine((image) => !image.src.toLowerCase().endsWith('.svg'), {
			path: ['src'],
			error: 'is an SVG, which link previews do not show; use a PNG or JPEG, 1200×630 pixels is best',
		})
		.optional(),
});

export type SiteInput = z.input<typeof SiteSchema>;
export type SiteData = z.output<typeof SiteSchema>;
