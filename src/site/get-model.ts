import { ContentError } from '../loading/issues.ts';
import type { Model } from '../model/model.ts';
import { sharedContent } from '../loading/shared-model.ts';

/**
 * The model for pages: the one the content layer built when it last loaded the content
 * (src/content.config.ts). In `astro dev` that is after every edit, so a reload shows it; when the
 * content has problems, this throws them, `file:line` each, and the page shows them instead.
 */
export function getModel(): Model {
	const content = sharedContent();
	if (!content) {
		throw new Error('Lectern content is not loaded: the content layer did not run (is src/content.config.ts there?)');
	}
	if (!content.ok) throw new ContentError(content.issues);
	return content.model;
}
