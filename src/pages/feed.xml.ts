import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/atom.ts';
import { getModel } from '../site-model.ts';
import { siteContext } from '../utils/link.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(atomFeed(getModel().events, siteContext(site).url, getModel().site.name), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
