import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sessionCalendar, talkCalendar } from '../exports/ics.ts';
import type { Model } from '../model/model.ts';
import { paths } from '../model/paths.ts';
import { getModel } from '../site/get-model.ts';
import { siteContext } from '../site/link.ts';
import { removeFiles, writeIfChanged } from './output-files.ts';

/**
 * The calendar of every session and every scheduled talk, by file path in the output folder
 * (`events/<event>/talks/<talk>.ics`, `events/<event>/sessions/<session>.ics`). Each is made
 * when asked for.
 */
export function calendarFiles(model: Model, site: URL | undefined, base: string): Map<string, () => string> {
	const context = siteContext(site, base);
	const files = new Map<string, () => string>();
	for (const event of model.events) {
		for (const session of event.sessions) files.set(paths.sessionCalendar(session).slice(1), () => sessionCalendar(session, context));
		for (const talk of event.talks) if (talk.start) files.set(paths.talkCalendar(talk).slice(1), () => talkCalendar(talk, context));
	}
	return files;
}

/** Whether a file of the output folder is one of these calendars: they remove their own stale files. */
export const isCalendarFile = (file: string) => /^events\/[^/]+\/(?:talks|sessions)\/[^/]+\.ics$/.test(file);

/**
 * The calendars of the output folder now, the last build's included. Read from the events'
 * `talks/` and `sessions/` folders only: listing the whole output (listFiles) takes about 0.3 s
 * at 22,700 files, a third of this step.
 */
function calendarsIn(outDir: string): string[] {
	const events = join(outDir, 'events');
	if (!existsSync(events)) return [];
	return readdirSync(events)
		.flatMap((event) =>
			['talks', 'sessions'].flatMap((folder) => {
				const dir = join(events, event, folder);
				return existsSync(dir) ? readdirSync(dir).map((name) => `events/${event}/${folder}/${name}`) : [];
			}),
		)
		.filter(isCalendarFile);
}

/**
 * Writes the talks' and sessions' calendars into the built site, and serves them in `astro dev`.
 * They are most of what a build writes besides pages (6,126 of 14,400 files at 5,000 talks), and
 * as Astro endpoints each took a route's round trip (a request, a response, the file and its copy
 * in the incremental cache: 1.5-2 ms). Written here they take about a second together, and a full
 * build at 5,000 talks 41-43 s instead of 47-50 s (docs/performance.md). The event's and the
 * site's calendars stay endpoints beside the other feeds (src/pages).
 *
 * The output folder is kept between builds (kept-output.ts): a calendar is written only when its
 * text changed, and those of talks and sessions that are gone are removed.
 */
export function calendars(): AstroIntegration {
	let site: URL | undefined;
	let base = '/';
	const byModel = new WeakMap<Model, Map<string, () => string>>();
	const filesOf = (model: Model) => byModel.get(model) ?? byModel.set(model, calendarFiles(model, site, base)).get(model)!;
	return {
		name: 'lectern:calendars',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					// The address as asked for: Astro's own middleware has taken the base off `url` by now.
					const { pathname } = new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost');
					if (!pathname.startsWith(base) || !pathname.endsWith('.ics')) return next();
					let calendar: (() => string) | undefined;
					try {
						calendar = filesOf(getModel()).get(decodeURIComponent(pathname.slice(base.length)));
					} catch (error) {
						// Content with problems: the dev server's error page lists them.
						return next(error);
					}
					if (!calendar) return next();
					response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
					response.end(calendar());
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = filesOf(getModel());
				let written = 0;
				for (const [file, calendar] of files) if (writeIfChanged(join(outDir, file), calendar())) written++;
				const stale = calendarsIn(outDir).filter((file) => !files.has(file));
				removeFiles(outDir, stale);
				logger.info(`Wrote the calendars of talks and sessions: ${files.size}, of which ${written} changed; ${stale.length} removed.`);
			},
		},
	};
}
