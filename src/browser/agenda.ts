import type { AgendaEntry } from '../exports/agenda.ts';
import { renderTimes, storedChoice } from './time-zone.ts';

/**
 * The personal agenda: talks starred on programme pages, kept in local storage (no account, no
 * server) and shareable as a link (`/agenda/?talks=event/talk,…`). Its calendar export joins
 * the talks' own .ics files, so it holds exactly what each talk's "Add to calendar" gives.
 */

const storageKey = 'lectern:agenda';

export function starred(): string[] {
	try {
		return JSON.parse(localStorage.getItem(storageKey) ?? '[]') as string[];
	} catch {
		return [];
	}
}

function save(keys: string[]): void {
	try {
		localStorage.setItem(storageKey, JSON.stringify([...new Set(keys)]));
	} catch {
		// Without storage the stars last for this page only.
	}
}

/** Adds a star toggle to every talk on the page that has a key. */
export function mountStars(root: Document): void {
	for (const talk of root.querySelectorAll<HTMLElement>('[data-talk-key]')) {
		const key = talk.dataset.talkKey!;
		const title = talk.querySelector('.talk__title')?.textContent?.trim() ?? 'this talk';
		const button = root.createElement('button');
		button.type = 'button';
		button.className = 'star no-print';
		const update = () => {
			const on = starred().includes(key);
			button.setAttribute('aria-pressed', String(on));
			button.textContent = on ? '★ In my agenda' : '☆ Add to my agenda';
		};
		button.setAttribute('aria-label', `${title}: in my agenda`);
		button.addEventListener('click', () => {
			const keys = starred();
			save(keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key]);
			update();
		});
		update();
		talk.querySelector('.talk__meta')?.append(button);
	}
}

/** Joins the VEVENTs of several calendar files into one calendar, its product named by the site's host. */
export function mergeCalendars(files: string[], name: string, host = location.host): string {
	const events = files.flatMap((file) => file.match(/BEGIN:VEVENT\r?\n[\s\S]*?END:VEVENT/g) ?? []);
	return ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${host}//Agenda//EN`, 'METHOD:PUBLISH', `X-WR-CALNAME:${name}`, ...events, 'END:VCALENDAR', ''].join('\r\n');
}

export async function mountAgenda(root: Document): Promise<void> {
	const container = root.querySelector<HTMLElement>('[data-agenda]');
	if (!container) return;
	const list = container.querySelector<HTMLOListElement>('[data-agenda-list]')!;
	const status = container.querySelector<HTMLElement>('[data-agenda-status]')!;
	const actions = container.querySelector<HTMLElement>('[data-agenda-actions]')!;
	const shared = new URLSearchParams(location.search).get('talks');
	const keys = shared !== null ? shared.split(',').filter(Boolean) : starred();
	const entries: AgendaEntry[] = await (await fetch(container.dataset.source!)).json();
	const chosen = entries.filter((entry) => keys.includes(entry.key));

	container.hidden = false;
	if (!chosen.length) {
		status.textContent = 'Your agenda is empty. Star talks on a programme page to add them.';
		actions.hidden = true;
		return;
	}
	status.textContent = `${chosen.length} talk${chosen.length === 1 ? '' : 's'}${shared !== null ? ' in this shared agenda' : ' in your agenda'}, in time order.`;
	list.replaceChildren(
		...chosen.map((entry) => {
			const item = root.createElement('li');
			item.innerHTML = `<span class="time-range" data-zone=""><time></time>–<time></time> <abbr></abbr></span> <a></a> <span class="muted"></span>`;
			const range = item.querySelector<HTMLElement>('.time-range')!;
			range.dataset.zone = entry.zone;
			const [start, end] = item.querySelectorAll('time');
			start!.dateTime = entry.start;
			end!.dateTime = entry.end;
			const anchor = item.querySelector('a')!;
			anchor.href = entry.url;
			anchor.textContent = entry.title;
			item.querySelector('.muted')!.textContent = `${entry.event}${entry.speakers ? ` · ${entry.speakers}` : ''}`;
			return item;
		}),
	);
	renderTimes(list, storedChoice());

	const share = new URL(location.href);
	share.search = `?talks=${chosen.map((entry) => entry.key).join(',')}`;
	actions.querySelector<HTMLAnchorElement>('[data-agenda-share]')!.href = share.href;
	const save = actions.querySelector<HTMLButtonElement>('[data-agenda-save]')!;
	save.hidden = shared === null;
	save.addEventListener('click', () => {
		localStorage.setItem(storageKey, JSON.stringify(chosen.map((entry) => entry.key)));
		save.textContent = 'Saved to my agenda';
	});
	actions.querySelector<HTMLButtonElement>('[data-agenda-ics]')!.addEventListener('click', async () => {
		const files = await Promise.all(chosen.map(async (entry) => (await fetch(entry.ics)).text()));
		const blob = new Blob([mergeCalendars(files, 'My agenda')], { type: 'text/calendar' });
		const anchor = root.createElement('a');
		anchor.href = URL.createObjectURL(blob);
		anchor.download = 'my-agenda.ics';
		anchor.click();
		URL.revokeObjectURL(anchor.href);
	});
}
