import type { APIRoute } from 'astro';
import { sessionCalendar } from '../../../../exports/ics.ts';
import type { Session } from '../../../../model/model.ts';
import { getModel } from '../../../../site/get-model.ts';
import { pageKeys } from '../../../../site/page-keys.ts';
import { siteContext } from '../../../../site/link.ts';

export function getStaticPaths() {
	const keys = pageKeys(getModel());
	return getModel().events.flatMap((event) =>
		event.sessions.map((session) => ({ params: { event: event.id, session: session.id }, props: { session }, cacheKey: keys.files(event) })),
	);
}

export const GET: APIRoute<{ session: Session }> = ({ props, site }) =>
	new Response(sessionCalendar(props.session, siteContext(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
