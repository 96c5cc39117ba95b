import type { AstroIntegration } from 'astro';
import { onContentShared } from '../loading/shared-model.ts';

/**
 * In `astro dev`: the moment the content loader has loaded an edit, forget the paths and props
 * pages computed from the previous content, so the very next request renders the new content.
 * Astro does the same once the content layer's data store is written (debounced by half a
 * second, after which it also reloads the browser); this closes the gap in between, using the
 * event Astro itself sends for it.
 */
export function freshPages(): AstroIntegration {
	return {
		name: 'lectern:fresh-pages',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const stop = onContentShared(() => {
					for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
				});
				server.httpServer?.once('close', stop);
			},
		},
	};
}
