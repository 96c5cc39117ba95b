import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlFiles, requireDist } from '../support/dist.ts';

/** The Content-Security-Policy header that dist/_headers gives every path. */
function headerPolicy(): string {
	const line = readFileSync(join(distDir, '_headers'), 'utf8').match(/^\s+Content-Security-Policy:\s*(.+)$/m);
	if (!line) throw new Error('dist/_headers sets no Content-Security-Policy');
	return line[1]!.trim();
}

describe('Content-Security-Policy', () => {
	beforeAll(requireDist);

	it('is in a <meta> right after the charset on every page: the header’s, less what only a header can carry', () => {
		// A <meta> policy ignores frame-ancestors, report-uri and sandbox (CSP Level 3, “The <meta> element”).
		const expected = headerPolicy()
			.split(/;\s*/)
			.filter((directive) => !/^(frame-ancestors|report-uri|sandbox)\b/.test(directive))
			.join('; ');
		expect(expected).toContain("script-src 'self' 'wasm-unsafe-eval'");
		const opening = `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${expected}">`;
		const without = htmlFiles(distDir).filter((file) => !readFileSync(join(distDir, file), 'utf8').includes(opening));
		expect(without).toEqual([]);
	});
});
