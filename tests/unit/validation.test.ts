import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/loading/issues.ts';
import { loadContent } from '../../src/loading/load.ts';
import { badCases, fixturesDir, materialize } from '../support/fixtures.ts';

describe('content validation', () => {
	it('accepts the valid fixture', () => {
		const { root, contentDir } = materialize();
		const result = loadContent(contentDir, root);
		expect(result.issues.map(formatIssue)).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it("ignores what editors leave beside files, and takes an event's images from its images/ folder", () => {
		const { root, contentDir } = materialize();
		const programme = join(contentDir, 'events/demo-2024/programme.yaml');
		for (const leftover of ['programme.yaml~', 'programme.yaml.bak', '#programme.yaml#', 'programme.yaml.orig']) {
			copyFileSync(programme, join(contentDir, 'events/demo-2024', leftover));
		}
		copyFileSync(join(contentDir, 'people/alice-example.yaml'), join(contentDir, 'people/alice-example.yaml~'));
		mkdirSync(join(contentDir, 'events/demo-2024/images'));
		copyFileSync(join(contentDir, 'images/sponsor-gold.png'), join(contentDir, 'events/demo-2024/images/venue.png'));
		const result = loadContent(contentDir, root);
		expect(result.issues.map(formatIssue)).toEqual([]);
		expect(result.ok).toBe(true);
	});

	// Each folder in tests/fixtures/content/bad/ breaks one rule; expected.txt is the exact report.
	it.each(badCases)('reports %s with file, line, field and fix', (badCase) => {
		const { root, contentDir } = materialize(badCase);
		const result = loadContent(contentDir, root);
		const expected = readFileSync(join(fixturesDir, 'bad', badCase, 'expected.txt'), 'utf8').trimEnd().split('\n');
		expect(result.ok).toBe(false);
		expect(result.issues.map(formatIssue)).toEqual(expected);
	});
});
