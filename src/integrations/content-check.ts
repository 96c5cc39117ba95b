import type { AstroIntegration } from 'astro';
import { formatIssue } from '../lib/issues.ts';
import { defaultContentDir, loadContent } from '../lib/load.ts';
import { shareModel } from '../lib/shared-model.ts';

/**
 * Runs the content check before Astro builds anything, so a bad file stops `astro build`
 * (and `astro dev`) with the same report as `npm run check`. In dev it also reloads the
 * browser when a content file changes.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'lectern:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				const contentDir = defaultContentDir();
				if (command === 'build') {
					const result = loadContent(contentDir, process.cwd(), { base: config.base });
					if (!result.ok) {
						for (const issue of result.issues) logger.error(formatIssue(issue));
						throw new Error(
							`${result.issues.length} problem(s) in content; nothing was built. Run \`npm run check\` for the list.`,
						);
					}
					// The pages render in this same process: hand them the checked model rather than load it again.
					shareModel(result.model);
				}
				if (command === 'dev') {
					updateConfig({
						vite: {
							plugins: [
								{
									name: 'lectern:content-reload',
									configureServer(server) {
										server.watcher.add(contentDir);
										server.watcher.on('all', (_event, path) => {
											if (path.startsWith(contentDir)) server.ws.send({ type: 'full-reload' });
										});
									},
								},
							],
						},
					});
				}
			},
		},
	};
}
