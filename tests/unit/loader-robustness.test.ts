import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/loading/issues.ts';
import { loadContent } from '../../src/loading/load.ts';
import { materialize, projectContentDir, yamlFiles } from '../support/fixtures.ts';

describe('reading content files', () => {
	it('accepts a byte-order mark and Windows line endings', () => {
		const { root, contentDir } = materialize();
		for (const file of yamlFiles(contentDir)) {
			const text = readFileSync(file, 'utf8');
			writeFileSync(file, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
		}
		const result = loadContent(contentDir, root);
		expect(result.issues.map(formatIssue)).toEqual([]);
		expect(result.ok && result.model.personById.get('carol-test')?.name).toBe('Carol Test');
	});

	it('reports a bad file and goes on to report the others', () => {
		const { root, contentDir } = materialize();
		writeFileSync(join(contentDir, 'people/alice-example.yaml'), Buffer.from('name: J\xfcrgen\n', 'latin1'));
		writeFileSync(join(contentDir, 'people/bob-sample.yaml'), 'name: Bob\nbio: !!python/object:os.system "x"\n');
		writeFileSync(join(contentDir, 'series/other.yaml'), 'name: [unclosed\n');
		const files = loadContent(contentDir, root).issues.map((issue) => issue.file);
		expect(files).toEqual(['content/people/alice-example.yaml', 'content/people/bob-sample.yaml', 'content/series/other.yaml']);
	});
});

/**
 * Random damage to the real content, one file at a time: whatever the loader is given, it
 * returns problems naming a file that exists, and never throws.
 */
describe('the loader under random mutations of the real content', () => {
	const root = mkdtempSync(join(tmpdir(), 'lectern-fuzz-'));
	const contentDir = join(root, 'content');
	cpSync(projectContentDir, contentDir, { recursive: true });
	const files = yamlFiles(contentDir).sort();

	const mutation = fc.oneof(
		// Byte-level: cut, repeat or insert at a position.
		fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
		fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
		fc.record({
			kind: fc.constant('insert' as const),
			at: fc.nat(),
			text: fc.oneof(
				fc.constantFrom(': ', '- ', '\n  ', '\t', '"', "'", '&a ', '*a', '!!js/function ', '---\n', '{', '[', '#', '\0', '\uFEFF', '\r\n', '"25:99"', '"2020-02-30"', 'null', '[]', '{}', '~'),
				fc.string({ maxLength: 12 }),
				fc.uint8Array({ maxLength: 4 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
			),
		}),
		// Line-level: drop a line, or swap two, or change its indentation.
		fc.record({ kind: fc.constant('drop-line' as const), line: fc.nat() }),
		fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
		fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
	);

	type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

	function mutate(text: string, change: Mutation): string | Buffer {
		const lines = text.split('\n');
		const line = 'line' in change ? change.line % lines.length : 0;
		switch (change.kind) {
			case 'delete': {
				const at = change.at % (text.length + 1);
				return text.slice(0, at) + text.slice(at + change.length);
			}
			case 'duplicate': {
				const at = change.at % (text.length + 1);
				return text.slice(0, at) + text.slice(at, at + change.length) + text.slice(at);
			}
			case 'insert': {
				const at = change.at % (text.length + 1);
				// Latin-1 bytes stay bytes, so files that are not UTF-8 are tried too.
				return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(change.text, 'latin1'), Buffer.from(text.slice(at))]);
			}
			case 'drop-line':
				return lines.filter((_, index) => index !== line).join('\n');
			case 'swap-lines': {
				const other = change.other % lines.length;
				[lines[line], lines[other]] = [lines[other]!, lines[line]!];
				return lines.join('\n');
			}
			case 'indent':
				lines[line] = change.by > 0 ? ' '.repeat(change.by) + lines[line] : lines[line]!.slice(-change.by);
				return lines.join('\n');
		}
	}

	it('only ever returns problems that name a file, never throws', () => {
		fc.assert(
			fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, changes) => {
				const original = readFileSync(file, 'utf8');
				try {
					let text: string | Buffer = original;
					for (const change of changes) text = mutate(Buffer.isBuffer(text) ? text.toString('latin1') : text, change);
					writeFileSync(file, text);
					const result = loadContent(contentDir, root);
					for (const issue of result.issues) {
						expect(existsSync(join(root, issue.file)), formatIssue(issue)).toBe(true);
						expect(issue.message.length, formatIssue(issue)).toBeGreaterThan(0);
					}
				} finally {
					writeFileSync(file, original);
				}
			}),
			{ seed: 9, numRuns: 100 },
		);
	}, 120_000);
});

describe('files that cannot be read at all', () => {
	it('reports a folder where a file should be, naming it', () => {
		const { root, contentDir } = materialize();
		mkdirSync(join(contentDir, 'people/dora-folder.yaml'));
		expect(loadContent(contentDir, root).issues.map(formatIssue)).toEqual([
			'content/people/dora-folder.yaml: could not be read (it is a folder); make it a readable YAML file',
		]);
	});
});
