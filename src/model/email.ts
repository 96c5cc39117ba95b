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
