import type { APIRoute } from 'astro';
import { eventCalendar } from '../../../lib/ics.ts';
import type { Event } from '../../../lib/model.ts';
import { getModel } from '../../../site-model.ts';
import { siteContext } from '../../../utils/link.ts';

export function getStaticPaths() {
	return getModel().events.map((event) => ({ params: { event: event.id }, props: { event } }));
}

export const GET: APIRoute<{ event: Event }> = ({ props, site }) =>
	new Response(eventCalendar(props.event, siteContext(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
