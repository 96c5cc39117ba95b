import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { parallelRows } from '../../src/model/schedule.ts';
import { materialize } from '../support/fixtures.ts';

describe('the programme grid', () => {
	it('puts sessions in parallel rooms side by side and the rest on rows of their own', () => {
		const { root, contentDir } = materialize();
		const result = loadContent(contentDir, root);
		if (!result.ok) throw new Error('fixture should load');
		const [dayOne, dayTwo] = result.model.eventById.get('demo-2024')!.days;
		expect(parallelRows(dayOne!.sessions).map((row) => row.length)).toEqual([1, 1, 1]);
		expect(parallelRows(dayTwo!.sessions).map((row) => row.map((s) => s.room))).toEqual([['Room A', 'Room B']]);
	});
});
