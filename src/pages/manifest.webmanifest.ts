import type { APIRoute } from 'astro';
import { link } from '../utils/link.ts';

/**
 * The web app manifest: lets visitors add the site to their home screen and open it like an app,
 * offline too (see src/integrations/offline.ts). Its scope is the site's base path.
 * @see https://www.w3.org/TR/appmanifest/
 */
export const GET: APIRoute = () => {
	// The name the layout prints (src/layouts/Base.astro); take both from site settings once the content has them.
	const name = 'Lectern';
	const manifest = {
		name,
		short_name: name,
		description: 'Programmes of academic workshops: talks, people and times, offline at the venue too.',
		lang: 'en',
		start_url: link('/'),
		scope: link('/'),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0b57a4',
		icons: [{ src: link('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
	};
	return new Response(`${JSON.stringify(manifest, null, '\t')}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
