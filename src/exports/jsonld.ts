import type { Event, Talk } from '../model/model.ts';
import { paths } from '../model/paths.ts';
import { toZonedIso } from '../model/time.ts';

/**
 * schema.org `Event` descriptions for search engines and calendar tools, as JSON-LD.
 * @see https://schema.org/Event
 */

type Thing = Record<string, unknown>;

const attendanceModes = {
	'in-person': 'https://schema.org/OfflineEventAttendanceMode',
	virtual: 'https://schema.org/OnlineEventAttendanceMode',
	hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

function location(event: Event, url: (path: string) => string): Thing | Thing[] {
	const { venue } = event;
	const place: Thing = {
		'@type': 'Place',
		name: venue.name ?? venue.city ?? event.title,
		address: {
			'@type': 'PostalAddress',
			...(venue.address && { streetAddress: venue.address }),
			...(venue.city && { addressLocality: venue.city }),
			...(venue.region && { addressRegion: venue.region }),
			...(venue.postalCode && { postalCode: venue.postalCode }),
			...(venue.country && { addressCountry: venue.country }),
		},
	};
	const online: Thing = { '@type': 'VirtualLocation', url: event.website ?? url(paths.event(event)) };
	if (event.format === 'virtual') return online;
	if (event.format === 'hybrid') return [place, online];
	return place;
}

function eventCore(event: Event, url: (path: string) => string): Thing {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.title,
		url: url(paths.event(event)),
		startDate: event.startDate,
		endDate: event.endDate,
		eventStatus: 'https://schema.org/EventScheduled',
		...(event.format && { eventAttendanceMode: attendanceModes[event.format] }),
		location: location(event, url),
		...(event.aboutText && { description: event.aboutText }),
		...(event.host && { superEvent: { '@type': 'Event', name: event.host.name, ...(event.host.url && { url: event.host.url }) } }),
		organizer: event.committees
			.filter((committee) => committee.role === 'organizers')
			.flatMap((committee) => committee.members)
			.map((member) => ({ '@type': 'Person', name: member.person.name, url: url(paths.person(member.person)) })),
	};
}

export function eventJsonLd(event: Event, url: (path: string) => string): Thing {
	return eventCore(event, url);
}

export function talkJsonLd(talk: Talk, url: (path: string) => string): Thing {
	const { event } = talk;
	const parent = eventCore(event, url);
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: talk.label,
		url: url(paths.talk(talk)),
		startDate: talk.start ? toZonedIso(talk.start, event.timeZone) : event.startDate,
		endDate: talk.end ? toZonedIso(talk.end, event.timeZone) : event.endDate,
		eventStatus: 'https://schema.org/EventScheduled',
		...(event.format && { eventAttendanceMode: attendanceModes[event.format] }),
		location: parent.location,
		...(talk.abstractText && { description: talk.abstractText }),
		performer: talk.speakers.map((speaker) => ({
			'@type': 'Person',
			name: speaker.person.name,
			url: url(paths.person(speaker.person)),
			...(speaker.affiliation && { affiliation: { '@type': 'Organization', name: speaker.affiliation } }),
		})),
		superEvent: { '@type': 'Event', name: event.title, url: url(paths.event(event)), startDate: event.startDate, endDate: event.endDate },
	};
}

/** JSON for a `<script type="application/ld+json">` block: `<` is escaped so text cannot end the block. */
export function serializeJsonLd(data: Thing): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c');
}
