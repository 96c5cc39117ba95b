import type { Event, Person, Series, Session, Talk } from './model.ts';

/**
 * Site paths of model entries, without the deployment base. Components add the base with
 * `link()` from src/utils/link.ts, so the site works under any sub-path.
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
	/** A session's anchor on its programme page. */
	session: (session: Pick<Session, 'id' | 'event'>) => `/events/${session.event.id}/programme/#${session.id}`,
};

/** The programme anchor of a talk's session, or the talk page for unscheduled talks. */
export function sessionOrTalkPath(talk: Talk): string {
	return talk.session ? paths.session(talk.session) : paths.talk(talk);
}
