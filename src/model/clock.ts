/**
 * "Now" for the build: what is upcoming and what has passed. `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) fixes it, so the same content and clock give the same site.
 * @see https://reproducible-builds.org/docs/source-date-epoch/
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
	return new Date();
}
