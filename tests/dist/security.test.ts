import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, fixtureDistDir, htmlFiles, listFiles, requireDist, requireFixtureDist } from '../support/dist.ts';

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

/** Every attribute that holds an address, as a browser reads it (parse5 decodes references). */
function addresses(html: string): string[] {
	const found: string[] = [];
	const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			for (const attr of child.attrs) if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href'].includes(attr.name)) found.push(attr.value);
			visit(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
		}
	};
	visit(parse(html));
	return found;
}

const textFiles = (dir: string) => listFiles(dir).filter((file) => /\.(html|xml|json|ics|txt|css|js)$/.test(file) && !file.startsWith('pagefind/'));

describe.each([
	['dist', distDir],
	['dist-fixture', fixtureDistDir],
])('what content reaches %s', (_name, dir) => {
	beforeAll(() => (dir === distDir ? requireDist() : requireFixtureDist()));

	it('holds no address that could run script, in any page, feed or calendar', () => {
		const bad: string[] = [];
		for (const file of textFiles(dir)) {
			const text = readFileSync(join(dir, file), 'utf8');
			if (file.endsWith('.html')) {
				for (const value of addresses(text)) {
					const target = value.trim().split(/\s+/)[0] ?? '';
					if (!/^(https?:\/\/|mailto:|\/(?![/\\])|#|[\w.-]+(\/|$)|\?|$)/i.test(target)) bad.push(`${file}: ${value}`);
				}
			}
			if (/(java|vb)script:|data:text\/html/i.test(decodeHTML(text))) bad.push(`${file}: holds a script address`);
		}
		expect(bad).toEqual([]);
	});

	it('shows no e-mail address in plain text', () => {
		const address = /[\w.+-]+@[a-z\d-]+(\.[a-z\d-]+)*\.[a-z]{2,}/gi;
		// A calendar's UID is `id@host` by RFC 5545's own advice (section 3.8.4.7): an identifier, not an address.
		const text = (file: string) => {
			const content = readFileSync(join(dir, file), 'utf8');
			// Unfolded first: a long UID continues on lines that begin with a space.
			return file.endsWith('.ics') ? content.replace(/\r?\n[ \t]/g, '').replace(/^UID:.*$/gm, '') : content;
		};
		const leaks = textFiles(dir).flatMap((file) => [...text(file).matchAll(address)].map((match) => `${file}: ${match[0]}`));
		expect(leaks).toEqual([]);
	});
});
