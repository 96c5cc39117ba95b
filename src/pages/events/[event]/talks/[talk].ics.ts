import type { APIRoute } from 'astro';
import { talkCalendar } from '../../../../exports/ics.ts';
import type { Talk } from '../../../../model/model.ts';
import { getModel } from '../../../../site/get-model.ts';
import { pageKeys } from '../../../../site/page-keys.ts';
import { siteContext } from '../../../../site/link.ts';

export function getStaticPaths() {
	const keys = pageKeys(getModel());
	return getModel()
		.talks.filter((talk) => talk.start)
		.map((talk) => ({ params: { event: talk.event.id, talk: talk.id }, props: { talk }, cacheKey: keys.files(talk.event) }));
}

export const GET: APIRoute<{ talk: Talk }> = ({ props, site }) =>
	new Response(talkCalendar(props.talk, siteContext(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
