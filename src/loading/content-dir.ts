import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The content folder of this project, or `LECTERN_CONTENT` when set (tests and benchmarks). An
 * empty `LECTERN_CONTENT` counts as unset: read as a path it would be the project folder itself.
 */
export function defaultContentDir(): string {
	return resolve(process.env.LECTERN_CONTENT || 'content');
}

/** A path as the organizer commands show it: relative to where the command runs, or in full when outside that folder. */
export function shownPath(path: string): string {
	const fromHere = relative(process.cwd(), path);
	return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere || '.';
}
