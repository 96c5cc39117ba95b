import type { ContentIssue } from './issues.ts';
import type { Model } from '../model/model.ts';

/**
 * The outcome of the content layer's latest load of the content (src/loading/content-loader.ts): the
 * model, or the problems. A global registry, because the loader runs in Astro's own module graph
 * and the pages in Vite's, in the same process. The loader replaces it each time it loads, and
 * only then writes the data store, which is what makes `astro dev` re-render the pages.
 */
export type SharedContent = { ok: true; model: Model } | { ok: false; issues: ContentIssue[] };

const key = Symbol.for('lectern.content');
const registry = globalThis as { [key]?: SharedContent };

export function shareContent(content: SharedContent): void {
	registry[key] = content;
}

export function sharedContent(): SharedContent | undefined {
	return registry[key];
}

const listenersKey = Symbol.for('lectern.content.listeners');
const listeners = ((globalThis as { [listenersKey]?: Set<() => void> })[listenersKey] ??= new Set());

/** Calls `listener` whenever the loader has shared a new outcome; returns a function that stops it. */
export function onContentShared(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Shares the outcome of a load and tells whoever listens (the dev server, to forget rendered paths). */
export function announceContent(content: SharedContent): void {
	shareContent(content);
	for (const listener of listeners) listener();
}
