import sax from 'sax';

/**
 * What the check refuses in an SVG image. The build publishes an SVG as it is, and a visitor who
 * opens the file itself (not the page showing it) gets a document of the site's own origin: a
 * script in it would run as the site, and a reference to another server would tell that server
 * who looks. Hosts that send the site's `_headers` block both with the Content-Security-Policy;
 * GitHub Pages sends no headers. So a logo from a sponsor or a speaker's photo is read as the
 * browser reads it, as XML with namespaces (sax, the parser svgo uses), never matched as text:
 * no scripts, event handlers, embedded HTML or entity declarations, and references only to the
 * file's own parts or to raster images embedded in it.
 */

/** Elements that run code or embed other documents when the SVG is opened on its own. */
const activeElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);

/** The SVG elements that animate another attribute (`attributeName`). */
const animations = new Set(['animate', 'set', 'animatetransform', 'animatemotion']);

const svgNamespace = 'http://www.w3.org/2000/svg';

/** `#part` of the file itself, or a raster image embedded as a data: address. */
const isOwnReference = (target: string) => target.startsWith('#') || /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/i.test(target);

/**
 * The addresses in CSS text: every `url(…)`, and every string that holds a ":" or "/", since
 * `image-set("https://…" 1x)` and the like load a string as an address. Font names need neither.
 * Each `url(` is read to its `)` and the search goes on after it, so the time stays linear even
 * in an attribute of a million unclosed `url(`.
 */
function cssAddresses(css: string): string[] {
	const addresses: string[] = [];
	const lower = css.toLowerCase();
	for (let start = lower.indexOf('url('); start !== -1; ) {
		const close = css.indexOf(')', start + 4);
		const end = close === -1 ? css.length : close;
		addresses.push(css.slice(start + 4, end).trim().replace(/^(['"])([\s\S]*)\1$/, '$2').trim());
		start = lower.indexOf('url(', end);
	}
	for (const [, , text] of css.matchAll(/(['"])(.*?)\1/g)) if (/[:/]/.test(text!)) addresses.push(text!.trim());
	return addresses;
}

/** What is wrong with CSS text of the SVG (a style element or attribute), if anything. */
function cssProblem(css: string, where: string): string | undefined {
	// Escapes can spell "url" or "@import" so that no search for them finds it; logos need none.
	if (css.includes('\\')) return `has an escaped character (\\) in ${where}, which can hide an address; write the styles without escapes`;
	if (/@import/i.test(css)) return `imports a style sheet in ${where}; an SVG on the site may load nothing from elsewhere`;
	const outside = cssAddresses(css).find((target) => !isOwnReference(target));
	if (outside !== undefined) return `loads ${JSON.stringify(outside.length > 80 ? `${outside.slice(0, 60)}…` : outside)} in ${where}; an SVG on the site may refer only to its own parts ("#id") and to raster images embedded as data:`;
	return undefined;
}

/** Why the SVG file must not be published, or undefined when it is safe. */
export function svgProblem(bytes: Uint8Array): string | undefined {
	// A browser reads the file in the encoding its XML declaration names: in ISO-2022-JP, escape
	// sequences can hide "<!--" from a UTF-8 reading, and so a script. Only UTF-8 is read alike.
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return 'is not UTF-8 text; save the SVG again with the encoding UTF-8';
	}
	const parser = sax.parser(true, { xmlns: true });
	const problems: string[] = [];
	let root: string | undefined;
	let style: string | undefined;
	const refuse = (problem: string | undefined) => {
		if (problem !== undefined) problems.push(problem);
	};
	parser.onprocessinginstruction = ({ name, body }) => {
		if (name.toLowerCase() !== 'xml') refuse(`has the processing instruction <?${name}?>, which can load and run a style sheet; remove it`);
		const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(body)?.[1];
		if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) refuse(`declares the encoding ${encoding}; save the SVG again with the encoding UTF-8`);
	};
	parser.ondoctype = (doctype) => {
		if (doctype.includes('[')) refuse('declares entities in its DOCTYPE, which can hide markup; remove the declarations in [ ]');
	};
	parser.onopentag = (tag) => {
		const name = (tag as sax.QualifiedTag).local.toLowerCase();
		const { uri } = tag as sax.QualifiedTag;
		root ??= name;
		if (activeElements.has(name) || (uri !== svgNamespace && /xhtml|html/i.test(uri))) {
			refuse(`contains a <${(tag as sax.QualifiedTag).local}> element, which can run code or embed a page when the file is opened; save the SVG without it`);
		}
		// An element inside <style> (even an empty <style/>) would split its text for the check, not for the browser.
		if (style !== undefined) refuse(`has a <${(tag as sax.QualifiedTag).local}> element inside <style>; a style element holds CSS only`);
		else if (name === 'style') style = '';
		const attributes = Object.values((tag as sax.QualifiedTag).attributes);
		for (const attribute of attributes) {
			const local = attribute.local.toLowerCase();
			const where = `<${(tag as sax.QualifiedTag).local}>`;
			if (local.startsWith('on')) refuse(`has an event handler (${attribute.name} on ${where}), which runs code when the file is opened; save the SVG without it`);
			else if (local === 'href' && !isOwnReference(attribute.value.trim())) {
				refuse(`refers to ${JSON.stringify(attribute.value)} (${attribute.name} on ${where}); an SVG on the site may refer only to its own parts ("#id") and to raster images embedded as data:`);
			} else if (animations.has(name) && local === 'attributename' && /^(?:[\w-]+:)?(?:href$|on)/i.test(attribute.value.trim())) {
				refuse(`animates ${attribute.value} (on ${where}), which can turn into a link that runs code; remove the animation`);
			} else if (attribute.uri === '') {
				// SVG's own attributes are read as CSS values (fill, mask, cursor, an animation's "to"); other
				// namespaces' (inkscape:, sodipodi:) are not read at all.
				refuse(cssProblem(attribute.value, `${attribute.name} on ${where}`));
			}
		}
	};
	const styleText = (chunk: string) => {
		if (style !== undefined) style += chunk;
	};
	parser.ontext = styleText;
	parser.oncdata = styleText;
	parser.onclosetag = (name) => {
		if (style !== undefined && name.replace(/^.*:/, '').toLowerCase() === 'style') {
			refuse(cssProblem(style, '<style>'));
			style = undefined;
		}
	};
	try {
		parser.write(text).close();
	} catch (error) {
		// What was refused before the parser gave up says more than where it gave up.
		const reason = (error as Error).message.split('\n')[0]!.toLowerCase();
		return problems[0] ?? `cannot be read as SVG (line ${parser.line + 1}: ${reason}); save it again from the drawing program`;
	}
	return problems[0] ?? (root === 'svg' ? undefined : 'cannot be read as SVG (its outermost element is not <svg>); save it again as SVG');
}
