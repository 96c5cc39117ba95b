import { decodeHTML } from 'entities';

/**
 * Which addresses from content may become a link or an image on the site. Content is untrusted
 * (imports carry speakers' text), so every address is read the way a browser reads it, with
 * character references decoded and parsed by the WHATWG URL parser, never matched as source text.
 * Only `https:`, `http:`, `mailto:` and the site's own paths survive.
 */

/** A base no real address shares: what resolves against it stays on the site. */
const probe = new URL('https://lectern.invalid/');

export type LinkCheck =
	| { ok: true; kind: 'web' | 'mail'; href: string }
	| { ok: true; kind: 'site'; path: string }
	| { ok: false; reason: string };

/**
 * Decides what an address from content is. `href` for web and mail links is the parsed,
 * normalised address; `path` for site paths is from the site's root, without the deployment base.
 */
export function checkLink(raw: string): LinkCheck {
	// Read as a browser reads an href: references decoded, outer spaces and controls dropped,
	// tabs and line breaks inside ignored (`java&#9;script:` is `javascript:`).
	const value = decodeHTML(raw)
		.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
		.replace(/[\t\n\r]/g, '');
	let url: URL;
	try {
		url = new URL(value, probe);
	} catch {
		return { ok: false, reason: 'is not a valid address' };
	}
	if (url.origin === probe.origin) {
		if (value.startsWith('#')) return { ok: true, kind: 'site', path: url.hash };
		if (!value.startsWith('/')) {
			return { ok: false, reason: 'is a relative address; write a site path from the root, e.g. "/events/item-2020/", or a full https:// address' };
		}
		return { ok: true, kind: 'site', path: url.pathname + url.search + url.hash };
	}
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
	if (scheme === undefined) {
		// `//host/…` and `/\host/…` leave the site although they look like paths.
		return { ok: false, reason: 'leads to another site although it looks like a path; write the full address with https://' };
	}
	if ((scheme === 'https' || scheme === 'http') && url.hostname !== '') return { ok: true, kind: 'web', href: url.href };
	if (scheme === 'mailto' && /^mailto:[^\s@/]+@[^\s@/]+$/i.test(url.href)) return { ok: true, kind: 'mail', href: url.href };
	return { ok: false, reason: `uses "${scheme}:"; only https://, http://, mailto: and site paths are allowed` };
}

/** An https:// or http:// address as the schemas accept it for links fields. */
export const isWebAddress = (value: string): boolean => {
	const target = checkLink(value);
	return target.ok && target.kind === 'web';
};

/** A mailto: address. */
export const isMailAddress = (value: string): boolean => {
	const target = checkLink(value);
	return target.ok && target.kind === 'mail';
};
