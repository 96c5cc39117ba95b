import { talkKindLabels } from './labels.ts';
import type { Event, Person, Talk } from './model.ts';

/** Events that have not ended yet, soonest first; then past events, most recent first. */
export function upcomingAndPast(events: readonly Event[], now: Date): { upcoming: Event[]; past: Event[] } {
	const upcoming = events.filter((event) => event.end > now).sort((a, b) => a.start.getTime() - b.start.getTime());
	const past = events.filter((event) => event.end <= now).sort((a, b) => b.start.getTime() - a.start.getTime());
	return { upcoming, past };
}

/** The venue's city, region and country: "Burlingame, CA, United States". */
const cityOf = (venue: Event['venue']) => [venue.city, venue.region, venue.country].filter(Boolean).join(', ');

/** Where an event takes place, in a few words: "Ghent, Belgium", "Online", "Heidelberg (undisclosed venue)". */
export function placeLabel(event: Pick<Event, 'venue' | 'format'>): string {
	const { venue, format } = event;
	const place = cityOf(venue);
	if (format === 'virtual') return place ? `Online (hosted from ${place})` : 'Online';
	if (format === 'hybrid') return place ? `${place} and online` : 'In person and online';
	return place || 'Place not announced';
}

/**
 * Where an event takes place, in full, line by line, for its page: the address, or for a virtual
 * event the place it was hosted from; then the online platform. "Online" alone only when nothing
 * more is known.
 */
export function whereLines(event: Pick<Event, 'venue' | 'format'>): string[] {
	const { venue, format } = event;
	const online = venue.online ? [`Online: ${venue.online}`] : [];
	if (venue.undisclosed) return [`${[venue.name, venue.city].filter(Boolean).join(', ')} (exact location undisclosed)`, ...online];
	if (format === 'virtual') {
		const place = cityOf(venue);
		if (place) return [`Hosted from ${place}`, ...online];
		return online.length > 0 ? online : ['Online'];
	}
	const locality = [venue.city, [venue.region, venue.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
	const address = [venue.name, venue.address, locality, venue.country].filter(Boolean).join(', ');
	return [address || placeLabel(event), ...online];
}

/** Speakers' names joined for a line of text: "A, B and C". */
export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * What a one-line list of talks shows after a talk's label: "Keynote · Song Han". An untitled
 * talk's label already names its kind and speakers ("Keynote — Alex Jones"), so only its authors follow.
 */
export function talkDetails(talk: Pick<Talk, 'title' | 'kind' | 'speakers' | 'authors'>): string {
	const names = (people: Talk['speakers']) => joinNames(people.map(({ person }) => person.name));
	const details = talk.title ? [talkKindLabels[talk.kind], names([...talk.speakers, ...talk.authors])] : [names(talk.authors)];
	return details.filter(Boolean).join(' · ');
}

/** Talks grouped by event, events most recent first, for indexes across events. */
export function talksByEvent(talks: readonly Talk[]): Array<{ event: Event; talks: Talk[] }> {
	const groups = new Map<Event, Talk[]>();
	for (const talk of talks) groups.set(talk.event, [...(groups.get(talk.event) ?? []), talk]);
	return [...groups].map(([event, list]) => ({ event, talks: list })).sort((a, b) => b.event.start.getTime() - a.event.start.getTime());
}

/** The first letter people are filed under in the index, by sort name. */
export function indexLetter(person: Pick<Person, 'sortName'>): string {
	const letter = person.sortName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
	return /[A-Z]/.test(letter) ? letter : '#';
}
