import { loadModel } from './lib/load.ts';
import type { Model } from './lib/model.ts';
import { sharedModel } from './lib/shared-model.ts';

let cached: Model | undefined;

/**
 * The model for pages: in a build, the one the content check has just built; in `astro dev`,
 * read again on every request, so edits to content show up on reload (and errors in the overlay).
 */
export function getModel(): Model {
	if (import.meta.env.DEV) return loadModel(undefined, { base: import.meta.env.BASE_URL });
	cached ??= sharedModel() ?? loadModel(undefined, { base: import.meta.env.BASE_URL });
	return cached;
}
