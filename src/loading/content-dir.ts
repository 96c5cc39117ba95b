import { resolve } from 'node:path';

/**
 * The content folder of this project, or `LECTERN_CONTENT` when set (tests and benchmarks). An
 * empty `LECTERN_CONTENT` counts as unset: read as a path it would be the project folder itself.
 */
export function defaultContentDir(): string {
	return resolve(process.env.LECTERN_CONTENT || 'content');
}
