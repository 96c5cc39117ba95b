import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/**
 * The front matter of a page: `content/pages/<slug>.mdx` (a site page at `/<slug>/`) or
 * `content/events/<event-id>/pages/<slug>.mdx` (an event page at `/events/<event-id>/<slug>/`).
 * The file name is the page's address, so keep it stable once published.
 */
export const PageSchema = z.strictObject({
	/** The page's heading and browser-tab title, e.g. "Call for papers". */
	title: textSchema,
	/** One or two sentences for search engines, link previews and search results. */
	description: textSchema,
	/** Where the page appears in its menu: the site's menu for site pages, the event's for event pages. */
	menu: z
		.strictObject({
			/** The menu entry's text when it should be shorter than the title, e.g. "CfP". */
			label: textSchema.optional(),
			/** Position among the menu's pages: lower first; pages with the same order go by label. */
			order: z.int({ error: 'must be a whole number, e.g. 1' }).default(0),
			/** `true` to leave the page out of the menu; it is still published and searchable. */
			hidden: z.boolean().default(false),
		})
		.prefault({}),
	/** `true` while the page is being written: shown by `npm run dev`, left out of the built site. */
	draft: z.boolean().default(false),
});

export type PageInput = z.input<typeof PageSchema>;
export type PageData = z.output<typeof PageSchema>;
