import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { EventSchema } from '../schemas/event.ts';
import { PersonSchema } from '../schemas/person.ts';
import { ProgrammeSchema, SessionSchema, TalkSchema } from '../schemas/programme.ts';
import { SeriesSchema } from '../schemas/series.ts';
import { dateSchema, idSchema } from '../schemas/common.ts';
import { ContentCache } from './content-cache.ts';
import { ContentError, formatIssue } from './issues.ts';
import { defaultContentDir } from './content-dir.ts';
import { loadContent, type LoadResult } from './load.ts';
import { sessionId } from '../model/model.ts';
import { announceContent } from './shared-model.ts';
import type { SourcedContent } from './validation.ts';

/**
 * Lectern's content as Astro content collections. One loader serves all five collections: each
 * sync (and, in `astro dev`, each change below the content folder) runs `loadContent` once —
 * every file, every cross-file rule — and then
 *
 * - shares the resolved model (or the problems) with the pages through `shared-model.ts`;
 * - fills the collections with the validated data, skipping entries whose digest is unchanged,
 *   so `getCollection('talks')` works and Astro's data store caches between builds. Writing the
 *   store is what makes `astro dev` clear its page cache and reload the browser.
 *
 * Bad content stops `astro build` with every problem as `file:line: field message`; in
 * `astro dev` the last good entries stay and pages show the same report until the next valid edit.
 */

export const collectionNames = ['series', 'people', 'events', 'sessions', 'talks'] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * What each collection's entries hold: the validated data of the content format, plus the ids
 * that tie them together. Talks and sessions are ided `<event>/<id>`, as they are unique per event.
 */
export const collectionSchemas = {
	series: SeriesSchema,
	people: PersonSchema,
	events: EventSchema.extend({
		/** The programme's note, if any. */
		programmeNote: ProgrammeSchema.shape.note,
		/** The event's sessions in time order, as `sessions` entry ids. */
		sessions: z.array(z.string()),
		/** The event's talks, scheduled then unscheduled, as `talks` entry ids. */
		talks: z.array(z.string()),
	}),
	sessions: SessionSchema.omit({ talks: true }).extend({
		/** The session's id within the event: as given, or from its day, start and room. */
		id: z.string(),
		event: idSchema,
		date: dateSchema,
		/** Its talks in order, as `talks` entry ids. */
		talks: z.array(z.string()),
	}),
	talks: TalkSchema.extend({
		event: idSchema,
		/** The session it is part of, as a `sessions` entry id; absent for unscheduled talks. */
		session: z.string().optional(),
	}),
} satisfies Record<CollectionName, z.ZodType>;

export type CollectionData = { [Name in CollectionName]: z.output<(typeof collectionSchemas)[Name]> };

export interface ContentEntry<Name extends CollectionName = CollectionName> {
	id: string;
	data: CollectionData[Name];
	/** The file the entry comes from, relative to the project root. */
	filePath: string;
}

/** The entries of every collection for validated content. Plain JSON, as the data store keeps it. */
export function contentEntries(content: SourcedContent): { [Name in CollectionName]: Array<ContentEntry<Name>> } {
	const entries: { [Name in CollectionName]: Array<ContentEntry<Name>> } = {
		series: content.series.map(({ id, file, data }) => ({ id, data, filePath: file })),
		people: content.people.map(({ id, file, data }) => ({ id, data, filePath: file })),
		events: [],
		sessions: [],
		talks: [],
	};
	for (const { id: event, file, data, programme } of content.events) {
		const filePath = programme?.file ?? file;
		const sessions: string[] = [];
		const talks: string[] = [];
		for (const day of programme?.data.days ?? []) {
			for (const { talks: dayTalks, ...session } of day.sessions) {
				const sessionKey = `${event}/${sessionId(day.date, session)}`;
				const talkKeys = dayTalks.map((talk) => `${event}/${talk.id}`);
				sessions.push(sessionKey);
				talks.push(...talkKeys);
				entries.sessions.push({
					id: sessionKey,
					data: { ...session, id: sessionId(day.date, session), event, date: day.date, talks: talkKeys },
					filePath,
				});
				dayTalks.forEach((talk, index) => entries.talks.push({ id: talkKeys[index]!, data: { ...talk, event, session: sessionKey }, filePath }));
			}
		}
		for (const talk of programme?.data.unscheduled ?? []) {
			talks.push(`${event}/${talk.id}`);
			entries.talks.push({ id: `${event}/${talk.id}`, data: { ...talk, event }, filePath });
		}
		entries.events.push({ id: event, data: { ...data, programmeNote: programme?.data.note, sessions, talks }, filePath: file });
	}
	return entries;
}

/**
 * Puts a collection's entries in its store: only those whose digest changed, and drops the rest.
 * The data has passed the content schemas in `loadContent` already, so it is stored as it is,
 * not parsed again (`parseData`): at 5,000 talks that second pass cost 3 s of a cold build.
 * A unit test checks that entries match `collectionSchemas`, which give getCollection its types.
 */
export function fillCollection(context: Pick<LoaderContext, 'store' | 'generateDigest'>, entries: readonly ContentEntry[]): void {
	const { store, generateDigest } = context;
	const ids = new Set<string>();
	for (const entry of entries) {
		ids.add(entry.id);
		// Data straight from YAML and Zod: plain JSON, so the digest is stable.
		const data = entry.data as Record<string, unknown>;
		store.set({ id: entry.id, data, digest: generateDigest(data), filePath: entry.filePath });
	}
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

interface Round {
	result: LoadResult;
	entries?: ReturnType<typeof contentEntries>;
	/** Collections that have taken this round's result; the next load of one starts a new round. */
	taken: Set<CollectionName>;
}

/** The shared state of the five loaders: one load of the content per sync, and the dev watcher. */
class ContentSource {
	readonly #contentDir: string;
	#round: Round | undefined;
	readonly #contexts = new Map<CollectionName, LoaderContext>();
	#watching: { watcher: NonNullable<LoaderContext['watcher']>; listener: (event: string, path: string) => void } | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#reloading: Promise<void> = Promise.resolve();
	#cache: ContentCache | undefined;

	constructor(contentDir: string) {
		this.#contentDir = resolve(contentDir);
	}

	async load(name: CollectionName, context: LoaderContext): Promise<void> {
		this.#contexts.set(name, context);
		let round = this.#round;
		if (!round || round.taken.has(name)) {
			round = this.#round = this.#newRound(context);
			if (context.watcher) this.#watch(context.watcher);
		}
		round.taken.add(name);
		if (!round.result.ok) {
			// `astro build` and `astro sync` stop here, with the same report as `npm run check`.
			if (!context.watcher) throw new ContentError(round.result.issues);
			this.#markStatus(context, round.result);
			return;
		}
		fillCollection(context, round.entries![name]);
		this.#markStatus(context, round.result);
	}

	#newRound(context: LoaderContext): Round {
		// The check's cache: files unchanged since the last check or build are not read again.
		this.#cache ??= ContentCache.inFolder(fileURLToPath(context.config.cacheDir));
		// Site paths in content's Markdown get the deployment base (BASE_PATH) here, once.
		// `astro dev` (which watches) shows draft editions; a build leaves them out.
		const result = loadContent(this.#contentDir, process.cwd(), { base: context.config.base, cache: this.#cache, drafts: Boolean(context.watcher) });
		// `astro dev` keeps it in memory: writing it after every edit would slow the reload.
		if (context.watcher) this.#cache.endRun();
		else this.#cache.save();
		announceContent(result.ok ? { ok: true, model: result.model } : { ok: false, issues: result.issues });
		if (!result.ok && context.watcher) for (const issue of result.issues) context.logger.error(formatIssue(issue));
		return { result, entries: result.ok ? contentEntries(result.content) : undefined, taken: new Set() };
	}

	/**
	 * A word in the store that changes with the outcome, so that recovering from a bad edit (which
	 * may leave every entry as it was) still writes the store, and `astro dev` reloads the pages.
	 */
	#markStatus(context: LoaderContext, result: LoadResult): void {
		const status = result.ok ? 'ok' : context.generateDigest(result.issues.map(formatIssue).join('\n'));
		if (context.meta.get('status') !== status) context.meta.set('status', status);
	}

	/** In `astro dev`: load again after any change below the content folder, for every collection. */
	#watch(watcher: NonNullable<LoaderContext['watcher']>): void {
		if (this.#watching) this.#watching.watcher.off('all', this.#watching.listener);
		const inContent = (path: string) => path === this.#contentDir || path.startsWith(this.#contentDir + sep);
		const listener = (_event: string, path: string) => {
			if (!inContent(resolve(path))) return;
			// One reload for a burst of events (an editor's save, a `git checkout`).
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => (this.#reloading = this.#reloading.then(() => this.#reload())), 30);
		};
		watcher.add(this.#contentDir);
		watcher.on('all', listener);
		this.#watching = { watcher, listener };
	}

	#reload(): void {
		const first = this.#contexts.values().next().value;
		if (!first) return;
		const round = (this.#round = this.#newRound(first));
		for (const [name, context] of this.#contexts) {
			round.taken.add(name);
			try {
				if (round.result.ok) fillCollection(context, round.entries![name]);
				this.#markStatus(context, round.result);
			} catch (error) {
				context.logger.error(error instanceof Error ? error.message : String(error));
			}
		}
	}
}

/** The loaders of the five collections, sharing one load of the content below `contentDir`. */
export function lecternLoaders(contentDir = defaultContentDir()): Record<CollectionName, Loader> {
	const source = new ContentSource(contentDir);
	return Object.fromEntries(
		collectionNames.map((name) => [name, { name: 'lectern', load: (context: LoaderContext) => source.load(name, context) }]),
	) as Record<CollectionName, Loader>;
}
