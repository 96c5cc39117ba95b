import { nowAndNext } from '../model/now-next.ts';

/**
 * On the event's days, marks the sessions on now and those up next on the programme, and offers
 * a link to jump to now (see src/model/now-next.ts). Sessions carry their UTC start and end in data
 * attributes; the programme carries the event's zone and days.
 */
export function markNowAndNext(root: Document, now = new Date()): void {
	const programme = root.querySelector<HTMLElement>('[data-programme]');
	const sessions = [...root.querySelectorAll<HTMLElement>('.session[data-start][data-end]')];
	const jump = root.querySelector<HTMLAnchorElement>('[data-jump-now]');
	for (const label of root.querySelectorAll('.session__badge')) label.remove();
	for (const marked of root.querySelectorAll('.session--now, .session--next, .talk--now')) marked.classList.remove('session--now', 'session--next', 'talk--now');
	const zone = programme?.dataset.zone;
	const dates = programme?.dataset.dates?.split(' ') ?? [];
	const found = zone
		? nowAndNext(
				sessions.map((s) => ({ start: Date.parse(s.dataset.start!), end: Date.parse(s.dataset.end!) })),
				now,
				zone,
				dates,
			)
		: { eventDay: false, current: [], next: [] };

	const badge = (element: HTMLElement, title: string, text: string, className: string) => {
		element.classList.add(className);
		const label = root.createElement('strong');
		label.className = 'session__badge';
		label.textContent = text;
		element.querySelector(title)?.prepend(label);
	};
	const current = found.current.map((i) => sessions[i]!);
	const next = found.next.map((i) => sessions[i]!);
	current.forEach((session) => badge(session, '.session__title', 'On now', 'session--now'));
	next.forEach((session) => badge(session, '.session__title', 'Up next', 'session--next'));
	// Within a session on now, the talk on now, by its own time (a paper session runs several).
	const talksNow = current.flatMap((session) =>
		[...session.querySelectorAll<HTMLElement>('.talk')].filter((talk) => {
			const [start, end] = talk.querySelectorAll('time');
			return start && end && Date.parse(start.dateTime) <= now.getTime() && now.getTime() < Date.parse(end.dateTime);
		}),
	);
	talksNow.forEach((talk) => badge(talk, '.talk__title', 'On now', 'talk--now'));

	if (jump) {
		// The first of them that the programme's filters leave shown.
		const target = [...talksNow, ...current, ...next].find((element) => !element.closest('[hidden]'));
		jump.hidden = !target;
		if (target) jump.href = `#${target.id}`;
	}
}

export function startNowAndNext(root: Document): void {
	markNowAndNext(root);
	setInterval(() => markNowAndNext(root), 30_000);
	// Filters may have hidden the target since: mark again (which picks a shown one) as it is followed.
	root.querySelector('[data-jump-now]')?.addEventListener('click', () => markNowAndNext(root));
}
