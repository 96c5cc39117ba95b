import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, fixtureDistDir, htmlFiles, projectRoot, requireDist, requireFixtureDist } from '../support/dist.ts';

/** One message of the Nu HTML Checker's `--format json` output. */
interface NuMessage {
	type: 'error' | 'info' | 'non-document-error';
	url?: string;
	lastLine?: number;
	lastColumn?: number;
	message: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('built HTML', () => {
	beforeAll(() => {
		requireDist();
		requireFixtureDist();
	});

	// The W3C's reference checker: the HTML standard's parsing and content-model rules, which
	// html-validate does not fully apply (it let a <script> after </html> through).
	it('conforms to the HTML standard on every page, by the Nu HTML Checker', () => {
		const files = [distDir, fixtureDistDir].flatMap((dir) => htmlFiles(dir).map((file) => join(dir, file)));
		// One Java process for all pages: starting the JVM costs more than checking a page. The
		// quick JIT alone (TieredStopAtLevel=1) halves the CPU time of so short a run; its larger
		// stack frames need a bigger stack than the checker's 512k minimum.
		const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1'];
		const run = spawnSync('java', [...jvm, '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		if (run.error) throw new Error(`could not run Java for the Nu HTML Checker (install a JRE, 11 or newer): ${run.error.message}`);
		// The checker writes its report to stderr, and exits 1 when it found errors.
		if (!run.stderr.startsWith('{')) throw new Error(`the Nu HTML Checker failed:\n${run.stdout}${run.stderr}`);
		const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
		const problems = messages.map((m) => `${m.url ? relative(projectRoot, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? 0}:${m.lastColumn ?? 0}: ${m.message}`);
		expect(problems).toEqual([]);
		expect(run.status).toBe(0);
	});

	// html-validate's recommended rules go beyond conformance: accessible names, landmarks, heading
	// order, deprecated and redundant markup.
	it('meets html-validate’s recommended rules on every page', async () => {
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
