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
	for (const session of sessions) {
		session.classList.remove('session--now', 'session--next');
		session.querySelector('.session__badge')?.remove();
	}
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

	const badge = (session: HTMLElement, text: string, kind: 'now' | 'next') => {
		session.classList.add(`session--${kind}`);
		const label = root.createElement('strong');
		label.className = 'session__badge';
		label.textContent = text;
		session.querySelector('.session__title')?.prepend(label);
	};
	found.current.forEach((i) => badge(sessions[i]!, 'On now', 'now'));
	found.next.forEach((i) => badge(sessions[i]!, 'Up next', 'next'));

	if (jump) {
		const target = sessions[found.current[0] ?? found.next[0] ?? -1];
		jump.hidden = !target;
		if (target) jump.href = `#${target.id}`;
	}
}

export function startNowAndNext(root: Document): void {
	markNowAndNext(root);
	setInterval(() => markNowAndNext(root), 30_000);
}
