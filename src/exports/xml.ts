/**
 * Text for XML (the Atom feed, frab's schedule.xml): markup characters escaped, and the
 * characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/FFFF)
 * dropped, since one of them makes the whole file unreadable. The content check refuses them
 * already; this keeps the files well-formed should one come through another way.
 */
export const escapeXml = (text: string) =>
	text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
