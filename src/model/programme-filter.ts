/**
 * Filtering a programme by room, talk kind and track, as the programme page's script does it.
 * The choice lives in the page's query string (`?room=Room+A&kind=paper`), so a filtered
 * programme can be bookmarked and shared, and works on any static host. No dependencies: this
 * module is shipped to the browser.
 */

/** What the programme can be filtered by, in the order the controls appear. */
export const filterKeys = ['room', 'kind', 'track'] as const;
export type FilterKey = (typeof filterKeys)[number];
/** A filter: each key absent (everything) or one value. */
export type ProgrammeFilter = Partial<Record<FilterKey, string>>;

/** The filter in a query string; unknown parameters are ignored. */
export function parseFilter(search: string): ProgrammeFilter {
	const params = new URLSearchParams(search);
	const filter: ProgrammeFilter = {};
	for (const key of filterKeys) {
		const value = params.get(key);
		if (value) filter[key] = value;
	}
	return filter;
}

/** The query string for a filter, keeping any other parameters of `search`; `''` for no filter at all. */
export function filterSearch(filter: ProgrammeFilter, search = ''): string {
	const params = new URLSearchParams(search);
	for (const key of filterKeys) {
		if (filter[key]) params.set(key, filter[key]);
		else params.delete(key);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

export const isFiltered = (filter: ProgrammeFilter) => filterKeys.some((key) => filter[key]);

/** A talk as the filter sees it. */
export interface FilterableTalk {
	kind: string;
	track?: string;
	/** Its session's room; absent for sessions everyone attends. */
	room?: string;
	/** `false` for talks not yet scheduled: they are in no room. */
	scheduled: boolean;
}

/**
 * Whether a talk is shown. A room shows its own sessions' talks and those of sessions everyone
 * attends (a keynote without a room); unscheduled talks are in no room.
 */
export function talkShown(talk: FilterableTalk, filter: ProgrammeFilter): boolean {
	if (filter.room && (!talk.scheduled || (talk.room !== undefined && talk.room !== filter.room))) return false;
	if (filter.kind && talk.kind !== filter.kind) return false;
	if (filter.track && talk.track !== filter.track) return false;
	return true;
}

/** A session as the filter sees it. */
export interface FilterableSession {
	room?: string;
	/** A break, meal or registration: kept as a landmark whatever the kind or track. */
	pause: boolean;
	/** Its talks, and how many of them are shown. */
	talks: number;
	talksShown: number;
}

/**
 * Whether a session is shown: one with talks when any of them is; one without (an opening, a
 * break) when its room is chosen or it has none, and, while a kind or track is chosen, only
 * where it is a pause that keeps the day readable.
 */
export function sessionShown(session: FilterableSession, filter: ProgrammeFilter): boolean {
	if (session.talks > 0) return session.talksShown > 0;
	if (filter.room && session.room !== undefined && session.room !== filter.room) return false;
	if ((filter.kind || filter.track) && !session.pause) return false;
	return true;
}

/** The status line: "Showing 12 of 40 talks". */
export function countText(shown: number, total: number): string {
	return `Showing ${shown} of ${total} talk${total === 1 ? '' : 's'}`;
}
