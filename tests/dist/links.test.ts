import { beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, buildInto, distDir, requireDist } from '../support/dist.ts';

describe('internal links', () => {
	beforeAll(requireDist);

	it('all resolve in the site built at the root', () => {
		expect(brokenLinks(distDir, '/')).toEqual([]);
	});

	it('all resolve when the site is built under a sub-path', () => {
		const dir = buildInto({ BASE_PATH: '/workshops/' });
		expect(brokenLinks(dir, '/workshops/')).toEqual([]);
	});
});
