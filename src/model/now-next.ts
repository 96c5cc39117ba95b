import { dateIn } from './zone-format.ts';

/**
 * What is on now and what is up next on a programme, for its markers and its "Jump to now"
 * link. Only on the event's own days, counted in the event's zone: weeks before an event its
 * opening is not "up next", and at 00:30 in Berlin a Berlin event's day has begun whatever the
 * visitor's clock says. No dependencies: this module is shipped to the browser.
 */

/** A session's span, as milliseconds since the epoch. */
export interface Span {
	start: number;
	end: number;
}

export interface NowAndNext {
	/** `true` when `now` falls on one of the event's days in its zone. */
	eventDay: boolean;
	/** Indices of the spans running now. */
	current: number[];
	/** Indices of the spans that start next, later today (several when parallel). */
	next: number[];
}

export function nowAndNext(spans: readonly Span[], now: Date, zone: string, dates: readonly string[]): NowAndNext {
	const today = dateIn(now, zone);
	if (!dates.includes(today)) return { eventDay: false, current: [], next: [] };
	const time = now.getTime();
	const indices = spans.map((_, index) => index);
	const current = indices.filter((i) => spans[i]!.start <= time && time < spans[i]!.end);
	const later = indices.filter((i) => spans[i]!.start > time && dateIn(new Date(spans[i]!.start), zone) === today);
	const nextStart = Math.min(...later.map((i) => spans[i]!.start));
	return { eventDay: true, current, next: later.filter((i) => spans[i]!.start === nextStart) };
}
