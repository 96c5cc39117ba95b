import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgProblem as svgFileProblem } from '../../src/loading/svg.ts';

const svgProblem = (text: string) => svgFileProblem(new TextEncoder().encode(text));

const svg = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${body}</svg>`;

/** Every SVG below a folder. */
const svgFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.toLowerCase().endsWith('.svg'))
		.map((name) => join(dir, name));

describe('svgProblem', () => {
	it('passes the SVGs of the workshops and the test fixtures', () => {
		const files = [...svgFiles('content'), ...svgFiles('tests/fixtures/content/valid')];
		expect(files.length).toBeGreaterThan(3);
		for (const file of files) expect(svgFileProblem(readFileSync(file)), file).toBeUndefined();
	});

	it('passes what drawing programs write: editor namespaces, gradients, own parts, embedded rasters, plain styles', () => {
		const inkscape = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10" inkscape:version="1.3">
  <sodipodi:namedview id="view" inkscape:export-filename="C:\\Users\\me\\logo.png" />
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h5v5z"/></defs>
  <style>.a { fill: url(#g); } .b { fill: url( "#g" ) } text { font-family: "Myriad Pro", 'DejaVu Sans', sans-serif }</style>
  <rect class="a" width="10" height="10" style="stroke: #000; fill: url('#g')"/>
  <use xlink:href="#p" href="#p"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <a href="#p"><text>Gold &amp; Co &#169;</text></a>
  <animate attributeName="opacity" from="0" to="1" dur="1s"/>
</svg>`;
		expect(svgProblem(inkscape)).toBeUndefined();
		expect(svgProblem(`\uFEFF${inkscape}`), 'with a byte order mark').toBeUndefined();
	});

	it('reads a million unclosed url( in time proportional to their length', () => {
		// A pattern per url( took time growing with the square of their number; the test's timeout would fail it.
		expect(svgProblem(svg(`<rect fill="${'url('.repeat(1_000_000)}"/>`))).toMatch(/^loads "(url\(){15}…" in fill on <rect>/);
	});

	it('refuses a file that is not UTF-8, whatever it declares', () => {
		const utf16 = Buffer.from(`\uFEFF${svg('<desc>x</desc>')}`, 'utf16le');
		expect(svgFileProblem(utf16)).toBe('is not UTF-8 text; save the SVG again with the encoding UTF-8');
		const iso2022 = Buffer.from(`<?xml version="1.0" encoding="ISO-2022-JP"?>\n${svg('<desc>\x1b$B<!--\x1b(B<script>alert(1)</script>\x1b$B-->X\x1b(B</desc>')}`, 'latin1');
		expect(svgFileProblem(iso2022)).toContain('declares the encoding ISO-2022-JP');
	});

	it.each([
		['a script', svg('<script>alert(1)</script>'), 'contains a <script> element'],
		['a script in another prefix', svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'), 'contains a <script> element'],
		['HTML in foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'contains a <foreignObject> element'],
		['an HTML element by namespace', svg('<h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x"/>'), 'contains a <img> element'],
		['an event handler', svg('<rect/>', ' onload="alert(1)"'), 'has an event handler (onload on <svg>)'],
		['an event handler in upper case', svg('<rect ONCLICK="alert(1)"/>'), 'has an event handler (ONCLICK on <rect>)'],
		['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'refers to "javascript:alert(1)" (href on <a>)'],
		['an xlink:href to elsewhere', svg('<image xlink:href="https://tracker.example/p.png"/>'), 'refers to "https://tracker.example/p.png" (xlink:href on <image>)'],
		['a use of another file', svg('<use href="other.svg#x"/>'), 'refers to "other.svg#x"'],
		['an embedded SVG document', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'refers to "data:image/svg+xml'],
		['an animated href', svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'), 'animates href (on <set>)'],
		['an animated handler', svg('<animate attributeName="onbegin" to="alert(1)"/>'), 'animates onbegin'],
		['a style loading another server', svg('<style>rect { fill: url(https://tracker.example/x.svg#g) }</style>'), 'loads "https://tracker.example/x.svg#g" in <style>'],
		['a style in CDATA', svg('<style><![CDATA[ @import "https://evil.example/x.css"; ]]></style>'), 'imports a style sheet in <style>'],
		['an escaped url', svg('<style>rect { fill: u\\72l(https://tracker.example/) }</style>'), 'has an escaped character (\\) in <style>'],
		['a presentation attribute loading another server', svg('<rect filter="url(https://tracker.example/f.svg#f)"/>'), 'loads "https://tracker.example/f.svg#f" in filter on <rect>'],
		['a style attribute loading another server', svg('<rect style="fill:url(//tracker.example/g)"/>'), 'loads "//tracker.example/g" in style on <rect>'],
		['an address in image-set()', svg('<rect style="fill: #000; background-image: image-set(\'https://tracker.example/i.png\' 1x)"/>'), 'loads "https://tracker.example/i.png" in style on <rect>'],
		['an address in a style element string', svg('<style>rect { mask-image: -webkit-image-set("//tracker.example/m.png" 1x) }</style>'), 'loads "//tracker.example/m.png" in <style>'],
		['another encoding', `<?xml version="1.0" encoding="ISO-2022-JP"?>${svg('<desc>x</desc>')}`, 'declares the encoding ISO-2022-JP; save the SVG again with the encoding UTF-8'],
		['a style hidden behind an empty style element', svg('<style><style/>@import url(https://tracker.example/s.css);</style>'), 'has a <style> element inside <style>'],
		['an address in a mask attribute', svg('<rect mask="image-set(\'https://tracker.example/m.png\' 1x)"/>'), 'loads "https://tracker.example/m.png" in mask on <rect>'],
		['an address an animation sets', svg('<rect><set attributeName="mask" to="image-set(\'//tracker.example/s.png\' 1x)"/></rect>'), 'loads "//tracker.example/s.png" in to on <set>'],
		['a style sheet instruction', `<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>${svg('')}`, 'has the processing instruction <?xml-stylesheet?>'],
		['entity declarations', `<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>${svg('&x;')}`, 'declares entities in its DOCTYPE'],
		['text that is not XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', 'cannot be read as SVG (line 1: unexpected close tag'],
		['another XML document', '<html xmlns="http://www.w3.org/1999/xhtml"/>', 'contains a <html> element'],
		['a document that is not SVG', '<note><to>x</to></note>', 'its outermost element is not <svg>'],
	])('refuses %s', (_, text, message) => {
		expect(svgProblem(text)).toContain(message);
	});
});
