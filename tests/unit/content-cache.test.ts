import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ContentCache } from '../../src/loading/content-cache.ts';
import { loadContent, type LoadResult } from '../../src/loading/load.ts';
import { formatIssue } from '../../src/loading/issues.ts';
import { fixturesDir, materialize, projectContentDir } from '../support/fixtures.ts';

/** One run of `npm run check` against a cache file, as the command does it. */
function check(contentDir: string, root: string, cacheFile: string): LoadResult {
	const cache = new ContentCache(cacheFile);
	const result = loadContent(contentDir, root, { render: false, cache });
	cache.save();
	return result;
}

const programmeOf = (root: string) => join(root, 'content/events/demo-2024/programme.yaml');
const talkTitle = (result: LoadResult) => (result.ok ? result.model.talks.find((talk) => talk.id === 'keynote-one')?.title : undefined);

describe('the content cache of npm run check and the build', () => {
	it('gives the same content as reading every file, for the five workshops and the fixture', () => {
		for (const [contentDir, root] of [[projectContentDir, join(projectContentDir, '..')], [materialize().contentDir, undefined]] as const) {
			const cacheFile = join(materialize().root, 'cache.bin');
			const fresh = loadContent(contentDir, root, { render: false });
			check(contentDir, root ?? process.cwd(), cacheFile);
			const cached = check(contentDir, root ?? process.cwd(), cacheFile);
			expect(fresh.ok && cached.ok).toBe(true);
			if (fresh.ok && cached.ok) expect(cached.content).toEqual(fresh.content);
		}
	});

	it('reports the problems of an edit, with their lines, also in files it kept', () => {
		const { root, contentDir } = materialize();
		const cacheFile = join(root, 'cache.bin');
		expect(check(contentDir, root, cacheFile).ok).toBe(true);

		// The programme is unchanged, so it comes from the cache; the person it names is gone.
		rmSync(join(contentDir, 'people/bob-sample.yaml'));
		const missing = check(contentDir, root, cacheFile);
		expect(missing.ok).toBe(false);
		expect(missing.issues.map(formatIssue)).toContainEqual(
			expect.stringMatching(/^content\/events\/demo-2024\/programme\.yaml:\d+: days\[0\]\.sessions\[\d\]\.talks\[0\]\.speakers\[0\] refers to person "bob-sample", who has no file/),
		);

		// An edited file is read and validated again.
		cpSync(join(fixturesDir, 'bad/wrong-type/events'), join(contentDir, 'events'), { recursive: true });
		expect(check(contentDir, root, cacheFile).issues.map(formatIssue)).toContain(
			readFileSync(join(fixturesDir, 'bad/wrong-type/expected.txt'), 'utf8').trim(),
		);
	});

	it('keeps only the files of its last run', () => {
		const { root, contentDir } = materialize();
		const cacheFile = join(root, 'cache.bin');
		const entries = () => (deserialize(readFileSync(cacheFile)) as [string, unknown[]])[1].length;
		check(contentDir, root, cacheFile);
		const files = entries();
		for (const title of ['One', 'Two', 'Three']) {
			writeFileSync(programmeOf(root), readFileSync(programmeOf(root), 'utf8').replace(/title: A Keynote on Small Models.*/, `title: A Keynote on Small Models ${title}`));
			expect(talkTitle(check(contentDir, root, cacheFile))).toBe(`A Keynote on Small Models ${title}`);
			expect(entries()).toBe(files);
		}
	});

	it('is not used when written by other code, or cut short', () => {
		const { root, contentDir } = materialize();
		const cacheFile = join(root, 'cache.bin');
		check(contentDir, root, cacheFile);
		const [version, entries] = deserialize(readFileSync(cacheFile)) as [string, Array<[string, unknown]>];
		const rewritten = (title: string) =>
			entries.map(([key, data]) => [key, JSON.parse(JSON.stringify(data).replace('A Keynote on Small Models', title))]);

		// Proof that the file is what a run reads: the same code takes a doctored entry as it is.
		writeFileSync(cacheFile, serialize([version, rewritten('Doctored in the cache')]));
		expect(talkTitle(loadContent(contentDir, root, { render: false, cache: new ContentCache(cacheFile) }))).toBe('Doctored in the cache');

		writeFileSync(cacheFile, serialize([`${version} of other code`, rewritten('Doctored in the cache')]));
		expect(talkTitle(check(contentDir, root, cacheFile))).toBe('A Keynote on Small Models');

		writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, 1000));
		expect(talkTitle(check(contentDir, root, cacheFile))).toBe('A Keynote on Small Models');
	});
});
