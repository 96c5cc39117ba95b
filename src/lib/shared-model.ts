import type { Model } from './model.ts';

/**
 * The model checked before the build, handed to the pages that render in the same process, so
 * the content is read once per build. A global registry, because the integration and the pages
 * are separate module graphs.
 */
const key = Symbol.for('lectern.model');
const registry = globalThis as { [key]?: Model };

export function shareModel(model: Model): void {
	registry[key] = model;
}

export function sharedModel(): Model | undefined {
	return registry[key];
}
