import { describe, expect, it } from 'vitest';
import { countdown } from '../../src/browser/deadlines.ts';

describe('deadline countdown', () => {
	const deadline = new Date('2019-11-23T07:59:00Z');

	it('counts days, then hours, then minutes, then says passed', () => {
		expect(countdown(deadline, new Date('2019-11-13T07:59:00Z'))).toBe('in 10 days');
		expect(countdown(deadline, new Date('2019-11-22T07:59:00Z'))).toBe('in 24 hours');
		expect(countdown(deadline, new Date('2019-11-23T07:00:00Z'))).toBe('in 59 minutes');
		expect(countdown(deadline, new Date('2019-11-23T07:59:00Z'))).toBe('Passed');
	});
});
