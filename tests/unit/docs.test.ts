import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/loading/issues.ts';
import { loadContent } from '../../src/loading/load.ts';
import { badCases, fixturesDir } from '../support/fixtures.ts';

const docsDir = join(import.meta.dirname, '../../docs');
const tinySvg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"/>';
/** A 1×1 PNG. */
const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

/** YAML blocks in a doc whose first line names the content file they are, e.g. `# content/people/x.yaml`. */
function contentExamples(doc: string): Map<string, string> {
	const examples = new Map<string, string>();
	for (const [, block] of doc.matchAll(/```yaml\n([\s\S]*?)```/g)) {
		const path = /^# (content\/\S+\.yaml)\n/.exec(block!)?.[1];
		if (path) examples.set(path, block!);
	}
	return examples;
}

/** Writes example files into a fresh project, with the images they name as the smallest files of their format. */
function writeProject(files: ReadonlyMap<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'lectern-docs-'));
	for (const [path, text] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
		for (const [, src] of text.matchAll(/^\s+src: (\S+)/gm)) {
			mkdirSync(dirname(join(root, 'content', src!)), { recursive: true });
			writeFileSync(join(root, 'content', src!), src!.endsWith('.svg') ? tinySvg : tinyPng);
		}
	}
	return root;
}

describe('docs for organizers', () => {
	it('has content-format examples that together make a valid project', () => {
		const examples = contentExamples(readFileSync(join(docsDir, 'content-format.md'), 'utf8'));
		expect([...examples.keys()].sort()).toEqual([
			'content/events/demo-2025/event.yaml',
			'content/events/demo-2025/programme.yaml',
			'content/people/ada-example.yaml',
			'content/people/bo-sample.yaml',
			'content/series/demo-academy.yaml',
			'content/series/demo.yaml',
			'content/site.yaml',
		]);
		const root = writeProject(examples);
		const result = loadContent(join(root, 'content'), root);
		expect(result.issues.map(formatIssue)).toEqual([]);
		if (!result.ok) return;
		const event = result.model.eventById.get('demo-2025')!;
		expect(event.talks.map((talk) => talk.label)).toContain('Tutorial — Bo Sample');
		expect(event.importantDates[0]!.instant).toEqual(new Date('2025-06-25T11:59:00Z'));
		expect(event.sponsors.map((group) => group.tier)).toEqual(['platinum', 'partner']);
		expect(event.branding.accent.light).toBe('#7a3e00');
		expect(result.model.personById.get('ada-example')!.photo?.src).toBe('images/people/ada-example.png');
	});

	it('has page examples that pass the check in the content-format example project', () => {
		const examples = contentExamples(readFileSync(join(docsDir, 'content-format.md'), 'utf8'));
		const pages = new Map<string, string>();
		for (const [, block] of readFileSync(join(docsDir, 'pages.md'), 'utf8').matchAll(/```mdx\n([\s\S]*?)```/g)) {
			const path = /^---\n# (content\/\S+\.mdx)\n/.exec(block!)?.[1];
			if (path) pages.set(path, block!);
		}
		expect([...pages.keys()].sort()).toEqual(['content/events/demo-2025/pages/call-for-papers.mdx', 'content/pages/about.mdx']);
		const root = writeProject(new Map([...examples, ...pages]));
		const result = loadContent(join(root, 'content'), root);
		expect(result.issues.map(formatIssue)).toEqual([]);
		if (result.ok) expect(result.model.pages.map((page) => page.components)).toEqual([
			['PersonCard'],
			['CallForPapers', 'Countdown', 'ImportantDates', 'Committee'],
		]);
	});

	it('lists every validation error exactly as the check prints it', () => {
		const errors = readFileSync(join(docsDir, 'errors.md'), 'utf8');
		for (const badCase of badCases) {
			const expected = readFileSync(join(fixturesDir, 'bad', badCase, 'expected.txt'), 'utf8').trimEnd();
			expect(errors, `docs/errors.md should show the report for ${badCase}`).toContain(expected);
		}
		expect(readdirSync(join(fixturesDir, 'bad')).length).toBe(badCases.length);
	});
});
