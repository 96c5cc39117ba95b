/**
 * E-mail addresses never appear in plain text in a page: written "name [at] example [dot] org"
 * with every character as a numeric character reference, people can read and follow them,
 * address harvesters find no address, and the page needs no JavaScript.
 */

/** Every character of `text` as a numeric character reference, ready for HTML. */
export function asCharacterReferences(text: string): string {
	return [...text].map((char) => `&#${char.codePointAt(0)};`).join('');
}

/** `name@example.org` as people read it without a harvester finding it: `name [at] example [dot] org`. */
export function readableAddress(address: string): string {
	const at = address.lastIndexOf('@');
	if (at < 0) return address;
	return `${address.slice(0, at)} [at] ${address.slice(at + 1).replaceAll('.', ' [dot] ')}`;
}

/**
 * The e-mail addresses in a text, as [start, end) spans. Found from each "@" outwards, so the
 * time grows with the text's length only (a pattern over the whole text would look for an "@"
 * after every letter).
 */
export function addressSpans(text: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
		let start = at;
		// Letters of any script: harvesters read "exämple.org" as an address too.
		while (start > 0 && /[\p{L}\p{N}._%+-]/u.test(text[start - 1]!)) start--;
		let end = at + 1;
		while (end < text.length && /[\p{L}\p{N}_.-]/u.test(text[end]!)) end++;
		// A sentence's full stop is not part of the domain: "write to name@example.org."
		while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
		const domain = text.slice(at + 1, end);
		if (start < at && /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:\p{L}{2,}|xn--[\p{L}\p{N}-]+)$/u.test(domain)) spans.push([start, end]);
	}
	return spans;
}

/** The text with each e-mail address in it replaced by `hide(address)`. */
export function hideAddresses(text: string, hide: (address: string) => string): string {
	let result = '';
	let from = 0;
	for (const [start, end] of addressSpans(text)) {
		result += text.slice(from, start) + hide(text.slice(start, end));
		from = end;
	}
	return result + text.slice(from);
}
