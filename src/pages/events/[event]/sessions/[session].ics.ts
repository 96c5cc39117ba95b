import type { APIRoute } from 'astro';
import { sessionCalendar } from '../../../../lib/ics.ts';
import type { Session } from '../../../../lib/model.ts';
import { getModel } from '../../../../site-model.ts';
import { siteContext } from '../../../../utils/link.ts';

export function getStaticPaths() {
	return getModel().events.flatMap((event) =>
		event.sessions.map((session) => ({ params: { event: event.id, session: session.id }, props: { session } })),
	);
}

export const GET: APIRoute<{ session: Session }> = ({ props, site }) =>
	new Response(sessionCalendar(props.session, siteContext(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
