/**
 * During an event, marks the session on now and the one up next on the programme, and offers
 * a link to jump to now. Sessions carry their UTC start and end in data attributes.
 */

export function markNowAndNext(root: Document, now = new Date()): void {
	const sessions = [...root.querySelectorAll<HTMLElement>('.session[data-start][data-end]')];
	const jump = root.querySelector<HTMLAnchorElement>('[data-jump-now]');
	for (const session of sessions) {
		session.classList.remove('session--now', 'session--next');
		session.querySelector('.session__badge')?.remove();
	}
	const time = now.getTime();
	const current = sessions.filter((s) => Date.parse(s.dataset.start!) <= time && time < Date.parse(s.dataset.end!));
	const upcoming = sessions.filter((s) => Date.parse(s.dataset.start!) > time);
	const nextStart = Math.min(...upcoming.map((s) => Date.parse(s.dataset.start!)));
	const next = upcoming.filter((s) => Date.parse(s.dataset.start!) === nextStart);

	const badge = (session: HTMLElement, text: string, kind: 'now' | 'next') => {
		session.classList.add(`session--${kind}`);
		const label = root.createElement('strong');
		label.className = 'session__badge';
		label.textContent = text;
		session.querySelector('.session__title')?.prepend(label);
	};
	current.forEach((s) => badge(s, 'On now', 'now'));
	next.forEach((s) => badge(s, 'Up next', 'next'));

	if (jump) {
		const first = sessions[0];
		const last = sessions.at(-1);
		const during = first && last && Date.parse(first.dataset.start!) - 3_600_000 <= time && time < Date.parse(last.dataset.end!);
		const target = current[0] ?? next[0];
		jump.hidden = !(during && target);
		if (target) jump.href = `#${target.id}`;
	}
}

export function startNowAndNext(root: Document): void {
	markNowAndNext(root);
	setInterval(() => markNowAndNext(root), 30_000);
}
