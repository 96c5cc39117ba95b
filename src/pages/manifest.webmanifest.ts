import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { contentImage } from '../site/content-images.ts';
import { getModel } from '../site/get-model.ts';
import { link } from '../site/link.ts';

/**
 * The web app manifest: lets visitors add the site to their home screen and open it like an app,
 * offline too (see src/integrations/offline.ts). Name, colour and icon come from site.yaml; its
 * scope is the site's base path.
 * @see https://www.w3.org/TR/appmanifest/
 */
export const GET: APIRoute = async () => {
	const { site } = getModel();
	const source = site.favicon ?? (site.branding.logo?.src.endsWith('.svg') ? site.branding.logo : undefined);
	const image = source && (await contentImage(source.src));
	const icon = image && (image.format === 'svg' ? await getImage({ src: image }) : await getImage({ src: image, width: 512, height: 512, format: 'png' }));
	const manifest = {
		name: site.name,
		short_name: site.shortName,
		description: site.description,
		lang: 'en',
		start_url: link('/'),
		scope: link('/'),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: site.branding.accent.light,
		icons: icon ? [{ src: icon.src, sizes: image.format === 'svg' ? 'any' : '512x512', type: image.format === 'svg' ? 'image/svg+xml' : 'image/png' }] : [],
	};
	return new Response(`${JSON.stringify(manifest, null, '\t')}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
