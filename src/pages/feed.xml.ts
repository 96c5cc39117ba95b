import type { APIRoute } from 'astro';
import { atomFeed } from '../exports/atom.ts';
import { getModel } from '../site/get-model.ts';
import { siteContext } from '../site/link.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(atomFeed(getModel().events, siteContext(site).url, getModel().site.name), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
