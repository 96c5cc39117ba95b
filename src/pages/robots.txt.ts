import type { APIRoute } from 'astro';
import { absolute } from '../site/link.ts';

/** Lets every crawler in and points it at the sitemap (under the deployment base). */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
