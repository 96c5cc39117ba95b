import { createHash } from 'node:crypto';

/** RFC 4122 namespace for URLs, as frab and pretalx use for their guids. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * A name-based (version 5) UUID: the same name always gives the same UUID, so schedule feeds
 * keep their guids across rebuilds and apps recognise the same talk.
 * @see https://datatracker.ietf.org/doc/html/rfc4122#section-4.3
 */
export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
	const hash = createHash('sha1')
		.update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
		.update(name)
		.digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
