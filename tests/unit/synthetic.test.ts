import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { syntheticContent } from '../../src/organizer/synthetic.ts';

describe('synthetic benchmark content', () => {
	it('is valid content of the requested size, with people shared between events, and the same every time', () => {
		const { files, talks } = syntheticContent(500);
		expect(syntheticContent(500).files).toEqual(files);
		const root = mkdtempSync(join(tmpdir(), 'lectern-synthetic-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
			writeFileSync(join(root, 'content', path), text);
		}
		const result = loadContent(join(root, 'content'), root);
		expect(result.issues).toEqual([]);
		if (!result.ok) return;
		expect(result.model.talks).toHaveLength(500);
		expect(talks).toHaveLength(500);
		expect(result.model.events).toHaveLength(10);
		const multiEvent = result.model.people.filter((person) => new Set(person.roles.map((role) => role.event)).size > 1);
		expect(multiEvent.length).toBeGreaterThan(50);
	});
});
