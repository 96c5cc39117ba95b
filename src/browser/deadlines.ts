/**
 * Keeps important dates current in the browser: a countdown for upcoming ones, and "Passed"
 * once their moment has gone (the build marked them as it saw them then).
 */

export function countdown(until: Date, now: Date): string {
	const minutes = Math.floor((until.getTime() - now.getTime()) / 60_000);
	if (minutes <= 0) return 'Passed';
	if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
	const days = Math.floor(hours / 24);
	return `in ${days} days`;
}

export function updateDeadlines(root: Document, now = new Date()): void {
	for (const row of root.querySelectorAll<HTMLElement>('[data-deadline]')) {
		const status = row.querySelector<HTMLElement>('[data-deadline-status]');
		if (!status) continue;
		const text = countdown(new Date(row.dataset.deadline!), now);
		status.textContent = text === 'Passed' ? 'Passed' : `Upcoming, ${text}`;
		row.classList.toggle('passed', text === 'Passed');
	}
}

export function startDeadlines(root: Document): void {
	updateDeadlines(root);
	setInterval(() => updateDeadlines(root), 60_000);
}
