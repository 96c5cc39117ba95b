import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/loading/load.ts';
import { buildInto, distDir, listFiles, requireDist } from '../support/dist.ts';

const digest = (dir: string) => new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));

describe('the build', () => {
	beforeAll(requireDist);

	it('gives byte-identical output for identical content', () => {
		const again = buildInto({});
		const first = digest(distDir);
		const second = digest(again);
		expect([...second.keys()]).toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
		expect(differing).toEqual([]);
	});

	it('publishes no organizer e-mail address anywhere', () => {
		const addresses = loadModel().people.flatMap((person) => (person.email ? [person.email.toLowerCase()] : []));
		expect(addresses.length).toBeGreaterThan(0);
		const leaks = listFiles(distDir)
			.filter((file) => !/\.(wasm|pf_\w+)$/.test(file) && !file.startsWith('pagefind/'))
			.filter((file) => addresses.some((address) => readFileSync(join(distDir, file), 'utf8').toLowerCase().includes(address)));
		expect(leaks).toEqual([]);
	});
});
