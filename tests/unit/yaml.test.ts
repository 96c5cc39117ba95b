import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, parseDocument } from 'yaml';
import { parseYaml } from '../../src/loading/yaml.ts';
import { yamlFiles } from '../support/fixtures.ts';

/**
 * Lectern reads YAML with js-yaml first and with the `yaml` library's document model where it
 * needs lines and messages. Whichever reader takes a file, the data must be what the `yaml`
 * library (YAML 1.2, core schema) reads, and a file it refuses must be refused.
 */
function reference(source: string): { data: unknown } | { error: true } {
	const doc = parseDocument(source, { uniqueKeys: true });
	if (doc.errors.length > 0 || doc.warnings.some((warning) => warning.code === 'TAG_RESOLVE_FAILED')) return { error: true };
	try {
		return { data: doc.toJS({ maxAliasCount: 100 }) ?? {} };
	} catch {
		return { error: true };
	}
}

function read(source: string): { data: unknown } | { error: true } {
	const parsed = parseYaml('test.yaml', source);
	return 'issue' in parsed ? { error: true } : { data: parsed.data };
}

const sources = [...yamlFiles('content'), ...yamlFiles('tests/fixtures')].sort().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('reading YAML', () => {
	it.each(sources.map(({ path }) => path))('reads %s as the YAML 1.2 reference does', (path) => {
		const text = sources.find((source) => source.path === path)!.text;
		expect(read(text)).toEqual(reference(text));
	});

	it('resolves plain scalars by the core schema: numbers, booleans and null, but dates, times and YAML 1.1 words stay text', () => {
		const tricky = ['1', '-7', '+3', '0o17', '0x1F', '0b101', '1_000', '010', '1.5', '.5', '1.', '1e3', '-2.5E-3', '.inf', '-.Inf', '.NaN', 'nan', '~', 'null', 'Null', 'NULL', 'nULL', '', 'true', 'True', 'TRUE', 'tRUE', 'yes', 'on', 'off', 'y', '2020-09-14', '09:00', '12:30:00', '1:20', '2001-12-14t21:59:43.10-05:00', '0.1.2', '1e', '0x', '0o8'];
		for (const value of tricky) expect(read(`key: ${value}\n`), value).toEqual(reference(`key: ${value}\n`));
		expect(read('date: 2020-09-14\ntime: 09:00\ncount: 0x1F\n')).toEqual({ data: { date: '2020-09-14', time: '09:00', count: 31 } });
	});

	it('agrees with the reference on random documents in every style the library writes', () => {
		const value = fc.letrec((tie) => ({
			node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 })),
			leaf: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom('0x1F', '09:00', 'yes', '~', '- a', 'a: b', '#x', '"q"', "'", '&a', '*a', '!!str', '\t', '\n', ' lead')),
		}));
		const options = fc.record({
			defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN'>,
			collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any'>,
			indent: fc.integer({ min: 1, max: 4 }),
		});
		fc.assert(
			fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value.node, { maxKeys: 5 }), options, (data, style) => {
				const text = new Document(data).toString(style);
				expect(read(text)).toEqual(reference(text));
			}),
			{ seed: 20261125, numRuns: 1000 },
		);
	});

	it('under random edits of real files, reads the same data as the reference and refuses what it cannot read', () => {
		const edit = fc.record({
			file: fc.nat(),
			at: fc.nat(),
			cut: fc.integer({ min: 0, max: 6 }),
			text: fc.oneof(fc.constantFrom(': ', '- ', '\n  ', '\n', '\t', '"', "'", '&a ', '*a', '!!str ', '!!int ', '!!binary ', '---\n', '...\n', '{', '}', '[', ']', '#', ',', '? ', '|', '>', '%YAML 1.1\n', '<<: ', '\\'), fc.string({ maxLength: 6 })),
		});
		let lenient = 0;
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
				let text = sources[edits[0]!.file % sources.length]!.text;
				for (const { at, cut, text: inserted } of edits) {
					const position = at % (text.length + 1);
					text = text.slice(0, position) + inserted + text.slice(position + cut);
				}
				const expected = reference(text);
				const actual = read(text);
				if ('error' in expected && 'data' in actual) {
					// js-yaml overlooks two slips of form that YAML refuses: a comment without a space
					// before it (the reference reads the same data despite its error), and a quoted
					// text whose next line is indented too little (js-yaml reads the whole text).
					lenient++;
					const doc = parseDocument(text, { uniqueKeys: true });
					const sameData = JSON.stringify(actual.data) === JSON.stringify(doc.toJS());
					const quoteSpansLines = doc.errors[0]?.code === 'MISSING_CHAR' && /closing "?quote/.test(doc.errors[0].message);
					expect(sameData || quoteSpansLines, doc.errors[0]?.message).toBe(true);
				} else {
					expect(actual).toEqual(expected);
				}
			}),
			{ seed: 20261125, numRuns: 5000 },
		);
		expect(lenient).toBeLessThan(25);
	});

	it('refuses aliases that expand too far, with the line of the first', () => {
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
		const parsed = parseYaml('bomb.yaml', bomb);
		expect('issue' in parsed && parsed.issue).toMatchObject({ line: 2, message: expect.stringMatching(/aliases/) });
		// The same in JSON style, where an alias follows a key's colon without a space.
		const level = (n: number) => `"l${n}":&l${n} ${n === 0 ? '"x"' : `{${Array.from({ length: 10 }, (_, i) => `"${i}":*l${n - 1}`).join(',')}}`}`;
		const json = parseYaml('bomb.yaml', `bio: {${[0, 1, 2, 3].map(level).join(',')}}`);
		expect('issue' in json && json.issue).toMatchObject({ message: expect.stringMatching(/aliases/) });
	});

	it('finds the line of a field, and of the nearest parent that exists', () => {
		const parsed = parseYaml('event.yaml', 'name: A\nvenue:\n  city: Ghent\n  country: BE\ntopics:\n  - one\n  - two\n');
		if ('issue' in parsed) throw new Error(parsed.issue.message);
		expect(parsed.lineOf(['venue', 'country'])).toBe(4);
		expect(parsed.lineOf(['topics', 1])).toBe(7);
		expect(parsed.lineOf(['venue', 'room'])).toBe(2);
	});
});
