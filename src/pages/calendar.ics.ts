import type { APIRoute } from 'astro';
import { siteCalendar } from '../exports/ics.ts';
import { getModel } from '../site/get-model.ts';
import { siteContext } from '../site/link.ts';

/** Every event and deadline of the site, for a calendar subscription. */
export const GET: APIRoute = ({ site }) =>
	new Response(siteCalendar(getModel().events, siteContext(site), `${getModel().site.name}: events and deadlines`), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
