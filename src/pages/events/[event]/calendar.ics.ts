import type { APIRoute } from 'astro';
import { eventCalendar } from '../../../exports/ics.ts';
import type { Event } from '../../../model/model.ts';
import { getModel } from '../../../site/get-model.ts';
import { pageKeys } from '../../../site/page-keys.ts';
import { siteContext } from '../../../site/link.ts';

export function getStaticPaths() {
	// cacheKey: the event's key, so an incremental build copies the file while the event is unchanged.
	const model = getModel();
	const keys = pageKeys(model);
	return model.events.map((event) => ({ params: { event: event.id }, props: { event }, cacheKey: keys.files(event) }));
}

export const GET: APIRoute<{ event: Event }> = ({ props, site }) =>
	new Response(eventCalendar(props.event, siteContext(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
