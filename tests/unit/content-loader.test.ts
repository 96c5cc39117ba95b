import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { collectionNames, collectionSchemas, lecternLoaders, type CollectionName } from '../../src/loading/content-loader.ts';
import { onContentShared, sharedContent } from '../../src/loading/shared-model.ts';
import { materialize, validContentDir } from '../support/fixtures.ts';

interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	digest?: string;
	filePath?: string;
}

/** Enough of Astro's loader context to run the loader outside Astro: a store per collection, as in a build. */
function mockContext(collection: CollectionName) {
	const entries = new Map<string, StoredEntry>();
	const meta = new Map<string, string>();
	const context = {
		collection,
		store: {
			get: (id: string) => entries.get(id),
			// As Astro's store does: an entry with the same digest is left alone.
			set: vi.fn((entry: StoredEntry) => {
				if (entries.get(entry.id)?.digest === entry.digest) return false;
				entries.set(entry.id, entry);
				return true;
			}),
			keys: () => [...entries.keys()],
			delete: (id: string) => entries.delete(id),
		},
		meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
		generateDigest: (data: unknown) => JSON.stringify(data),
		// A fresh cache folder each, as in a first build.
		config: { base: '/', cacheDir: new URL(`${pathToFileURL(mkdtempSync(join(tmpdir(), 'lectern-cache-')))}/`) },
		logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
	};
	return { context, entries };
}

async function loadAll(contentDir: string) {
	const loaders = lecternLoaders(contentDir);
	const contexts = Object.fromEntries(collectionNames.map((name) => [name, mockContext(name)])) as Record<CollectionName, ReturnType<typeof mockContext>>;
	const run = () => Promise.all(collectionNames.map((name) => loaders[name].load(contexts[name].context as unknown as LoaderContext)));
	await run();
	return { contexts, run };
}

describe('the content layer loader', () => {
	it('fills the five collections with validated data and the ids that tie them, and shares the model', async () => {
		const { contexts } = await loadAll(validContentDir);
		const ids = (name: CollectionName) => [...contexts[name].entries.keys()].sort();

		expect(ids('series')).toEqual(['demo', 'other']);
		expect(ids('people')).toEqual(['alice-example', 'bob-sample', 'carol-test']);
		expect(ids('events')).toContain('demo-2024');

		const keynote = contexts.talks.entries.get('demo-2024/keynote-one')!;
		expect(keynote.data).toMatchObject({ id: 'keynote-one', title: 'A Keynote on Small Models', speakers: ['bob-sample'], event: 'demo-2024' });
		expect(keynote.filePath).toMatch(/events\/demo-2024\/programme\.yaml$/);
		const session = contexts.sessions.entries.get(keynote.data.session as string)!;
		expect(session.data).toMatchObject({ event: 'demo-2024', date: '2024-06-10', start: '09:15', kind: 'keynote', talks: ['demo-2024/keynote-one'] });
		const event = contexts.events.entries.get('demo-2024')!;
		expect(event.data.sessions).toContain(session.id);
		expect(event.data.talks).toContain(keynote.id);
		// Entries are what the data store keeps: plain JSON.
		expect(JSON.parse(JSON.stringify(event.data))).toEqual(event.data);

		const shared = sharedContent();
		expect(shared?.ok && shared.model.eventById.get('demo-2024')?.talks.map((talk) => talk.id)).toContain('keynote-one');
	});

	it('loads the content once per sync, and leaves unchanged entries alone', async () => {
		let loads = 0;
		const stop = onContentShared(() => loads++);
		const { contexts, run } = await loadAll(validContentDir);
		expect(loads).toBe(1);
		const changed = () => collectionNames.flatMap((name) => contexts[name].context.store.set.mock.results.filter((r) => r.value === true));
		const first = changed().length;
		expect(first).toBeGreaterThan(0);
		await run();
		expect(loads).toBe(2);
		expect(changed().length).toBe(first);
		stop();
	});

	it('stores entries that match the collection schemas getCollection is typed by', async () => {
		const { contexts } = await loadAll(validContentDir);
		for (const name of collectionNames) {
			for (const entry of contexts[name].entries.values()) expect(collectionSchemas[name].parse(entry.data), `${name} ${entry.id}`).toEqual(entry.data);
		}
	});

	it('stops with every problem as file:line, as npm run check prints it', async () => {
		const { contentDir } = materialize('end-before-start');
		const loaders = lecternLoaders(contentDir);
		const { context } = mockContext('talks');
		const failure = loaders.talks.load(context as unknown as LoaderContext);
		await expect(failure).rejects.toThrow(/programme\.yaml:18: days\[0\]\.sessions\[2\]\.end "10:20" is before start "10:45"/);
		const shared = sharedContent();
		expect(shared?.ok).toBe(false);
	});
});
