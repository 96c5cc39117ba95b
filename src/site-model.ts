import { loadModel } from './lib/load.ts';
import type { Model } from './lib/model.ts';

let cached: Model | undefined;

/**
 * The model for pages. Built once per build; in `astro dev` it is read again on every
 * request, so edits to content show up on reload (and errors show in the overlay).
 */
export function getModel(): Model {
	if (import.meta.env.DEV) return loadModel();
	cached ??= loadModel();
	return cached;
}
