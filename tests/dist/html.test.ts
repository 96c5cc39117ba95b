import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlFiles, projectRoot, requireDist } from '../support/dist.ts';

describe('built HTML', () => {
	beforeAll(requireDist);

	it('is valid on every page', async () => {
		const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));
		const problems: string[] = [];
		for (const file of htmlFiles(distDir)) {
			const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
			for (const result of report.results) {
				for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
