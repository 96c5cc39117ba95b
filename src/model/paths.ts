import type { Event, Person, Series, Session } from './model.ts';

/**
 * Site paths of model entries, without the deployment base. Components add the base with
 * `link()` from src/site/link.ts, so the site works under any sub-path.
 */
export const paths = {
	home: () => '/',
	series: (series: Pick<Series, 'id'>) => `/series/${series.id}/`,
	event: (event: Pick<Event, 'id'>) => `/events/${event.id}/`,
	programme: (event: Pick<Event, 'id'>) => `/events/${event.id}/programme/`,
	talk: (talk: { id: string; event: Pick<Event, 'id'> }) => `/events/${talk.event.id}/talks/${talk.id}/`,
	person: (person: Pick<Person, 'id'>) => `/people/${person.id}/`,
	people: () => '/people/',
	talks: () => '/talks/',
	search: () => '/search/',
	agenda: () => '/agenda/',
	offline: () => '/offline/',
	eventCalendar: (event: Pick<Event, 'id'>) => `/events/${event.id}/calendar.ics`,
	talkCalendar: (talk: { id: string; event: Pick<Event, 'id'> }) => `/events/${talk.event.id}/talks/${talk.id}.ics`,
	sessionCalendar: (session: Pick<Session, 'id' | 'event'>) => `/events/${session.event.id}/sessions/${session.id}.ics`,
	siteCalendar: () => '/calendar.ics',
	scheduleJson: (event: Pick<Event, 'id'>) => `/events/${event.id}/schedule.json`,
	scheduleXml: (event: Pick<Event, 'id'>) => `/events/${event.id}/schedule.xml`,
	/** A session's anchor on its programme page. */
	session: (session: Pick<Session, 'id' | 'event'>) => `/events/${session.event.id}/programme/#${sessionAnchor(session)}`,
};

/** A session's element id on the programme page (ids must start with a letter). */
export function sessionAnchor(session: Pick<Session, 'id'>): string {
	return `session-${session.id}`;
}
