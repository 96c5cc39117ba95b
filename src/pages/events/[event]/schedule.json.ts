import type { APIRoute } from 'astro';
import { buildFrabSchedule } from '../../../exports/frab.ts';
import type { Event } from '../../../model/model.ts';
import { getModel } from '../../../site/get-model.ts';
import { pageKeys } from '../../../site/page-keys.ts';
import { siteContext } from '../../../site/link.ts';

export function getStaticPaths() {
	// cacheKey: the event's key, so an incremental build copies the file while the event is unchanged.
	const model = getModel();
	const keys = pageKeys(model);
	return model.events
		.filter((event) => event.days.length > 0)
		.map((event) => ({ params: { event: event.id }, props: { event }, cacheKey: keys.files(event) }));
}

export const GET: APIRoute<{ event: Event }> = ({ props, site }) =>
	new Response(`${JSON.stringify(buildFrabSchedule(props.event, siteContext(site).url), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
