import { joinNames } from '../model/listing.ts';
import type { Talk } from '../model/model.ts';
import { paths } from '../model/paths.ts';

/** A talk as the personal agenda needs it in the browser. */
export interface AgendaEntry {
	/** `<event-id>/<talk-id>`: what the agenda stores and shares. */
	key: string;
	title: string;
	event: string;
	speakers: string;
	zone: string;
	start: string;
	end: string;
	url: string;
	ics: string;
}

/** The key a starred talk is stored and shared under. */
export const agendaKey = (talk: Pick<Talk, 'id' | 'event'>) => `${talk.event.id}/${talk.id}`;

/** Every scheduled talk, in time order; `link` adds the deployment base to paths. */
export function agendaEntries(talks: readonly Talk[], link: (path: string) => string): AgendaEntry[] {
	return talks
		.filter((talk) => talk.start && talk.end)
		.sort((a, b) => a.start!.getTime() - b.start!.getTime())
		.map((talk) => ({
			key: agendaKey(talk),
			title: talk.label,
			event: talk.event.shortTitle,
			speakers: joinNames(talk.speakers.map((s) => s.person.name)),
			zone: talk.event.timeZone,
			start: talk.start!.toISOString(),
			end: talk.end!.toISOString(),
			url: link(paths.talk(talk)),
			ics: link(paths.talkCalendar(talk)),
		}));
}
