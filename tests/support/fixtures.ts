import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Adds a draft edition, DEMO 2025, to a materialized fixture: organized by alice-example (who
 * also appears in the published edition) and dana-draft (who appears only here).
 */
export function addDraftEdition(contentDir: string): void {
	mkdirSync(join(contentDir, 'events/demo-2025'), { recursive: true });
	writeFileSync(
		join(contentDir, 'events/demo-2025/event.yaml'),
		'draft: true\ntitle: Second Demo Workshop\nshortTitle: DEMO 2025\nseries: demo\nstart: "2025-06-10"\ntimezone: Europe/Berlin\n' +
			'committees:\n  - role: organizers\n    members: [alice-example, dana-draft]\n',
	);
	writeFileSync(join(contentDir, 'people/dana-draft.yaml'), 'name: Dana Draft\n');
}

/** Every `.yaml` file below a folder. */
export function yamlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		return statSync(path).isDirectory() ? yamlFiles(path) : entry.endsWith('.yaml') ? [path] : [];
	});
}
