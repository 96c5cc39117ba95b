import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Content fixtures: a valid project, and bad cases that each overlay a few files on it. */
export const fixturesDir = join(import.meta.dirname, '../fixtures/content');
export const validContentDir = join(fixturesDir, 'valid');
/** The project's real content, the five workshops. */
export const projectContentDir = join(import.meta.dirname, '../../content');
export const badCases = readdirSync(join(fixturesDir, 'bad')).sort();

/**
 * Writes the valid fixture with a bad case's files laid over it into a fresh folder, as
 * `<root>/content`, so messages read `content/events/...` just as in a real project.
 */
export function materialize(badCase?: string): { root: string; contentDir: string } {
	const root = mkdtempSync(join(tmpdir(), 'lectern-fixture-'));
	const contentDir = join(root, 'content');
	cpSync(validContentDir, contentDir, { recursive: true });
	if (badCase) cpSync(join(fixturesDir, 'bad', badCase), contentDir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
	return { root, contentDir };
}

/** Every `.yaml` file below a folder. */
export function yamlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		return statSync(path).isDirectory() ? yamlFiles(path) : entry.endsWith('.yaml') ? [path] : [];
	});
}
