import type { AstroIntegration } from 'astro';

/** The address a build without `SITE_URL` gives the site: a placeholder that no one serves. */
export const placeholderSite = 'https://lectern.example.org';

/**
 * Says so when a build has no `SITE_URL`: canonical links, the sitemap, the feed and every
 * calendar entry then name the placeholder host, and a site deployed as it is would link there.
 */
export function siteAddress(): AstroIntegration {
	return {
		name: 'lectern:site-address',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (process.env.SITE_URL) return;
				logger.warn(
					`SITE_URL is not set, so canonical links, the sitemap, the feed and calendars point to ${placeholderSite}. ` +
						'Set it to the address the site is served from before deploying (docs/preview-and-deploy.md).',
				);
			},
		},
	};
}
