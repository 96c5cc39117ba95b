import type { AgendaEntry } from '../exports/agenda.ts';
import { dayIn } from '../model/zone-format.ts';
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
	const describe = (count: number) =>
		count === 0
			? 'Your agenda is empty. Star talks on a programme page to add them.'
			: `${count} talk${count === 1 ? '' : 's'}${shared !== null ? ' in this shared agenda' : ' in your agenda'}, in time order.`;
	status.textContent = describe(chosen.length);
	list.replaceChildren(
		...chosen.map((entry) => {
			const item = root.createElement('li');
			// The day in the event's zone, as on its programme; the time range adds the viewer's day where it differs.
			item.innerHTML = `<span class="agenda__day"></span> <span class="time-range" data-zone=""><time></time>–<time></time> <abbr></abbr></span> <a></a> <span class="muted"></span>`;
			item.querySelector('.agenda__day')!.textContent = dayIn(new Date(entry.start), entry.zone);
			const range = item.querySelector<HTMLElement>('.time-range')!;
			range.dataset.zone = entry.zone;
			const [start, end] = item.querySelectorAll('time');
			start!.dateTime = entry.start;
			end!.dateTime = entry.end;
			const anchor = item.querySelector('a')!;
			anchor.href = entry.url;
			anchor.textContent = entry.title;
			item.querySelector('.muted')!.textContent = `${entry.event}${entry.speakers ? ` · ${entry.speakers}` : ''}`;
			if (shared === null) {
				const remove = root.createElement('button');
				remove.type = 'button';
				remove.className = 'agenda__remove';
				remove.textContent = 'Remove';
				remove.setAttribute('aria-label', `Remove “${entry.title}” from my agenda`);
				remove.addEventListener('click', () => {
					save(starred().filter((key) => key !== entry.key));
					chosen.splice(chosen.indexOf(entry), 1);
					item.remove();
					status.textContent = describe(chosen.length);
					actions.hidden = chosen.length === 0;
					shareLink.href = shareHref();
				});
				item.append(' ', remove);
			}
			return item;
		}),
	);
	renderTimes(list, storedChoice());

	const shareHref = () => {
		const share = new URL(location.href);
		share.search = `?talks=${chosen.map((entry) => entry.key).join(',')}`;
		return share.href;
	};
	const shareLink = actions.querySelector<HTMLAnchorElement>('[data-agenda-share]')!;
	shareLink.href = shareHref();
	const add = actions.querySelector<HTMLButtonElement>('[data-agenda-save]')!;
	add.hidden = shared === null;
	add.addEventListener('click', () => {
		// Added to the visitor's own stars, never in their place.
		save([...starred(), ...chosen.map((entry) => entry.key)]);
		add.textContent = 'Added to my agenda';
	});
	actions.querySelector<HTMLButtonElement>('[data-agenda-ics]')!.addEventListener('click', async () => {
		let files: string[];
		try {
			files = await Promise.all(
				chosen.map(async (entry) => {
					const response = await fetch(entry.ics);
					if (!response.ok) throw new Error(response.statusText);
					return response.text();
				}),
			);
		} catch {
			status.textContent = 'The calendar could not be made: its talks’ calendar files did not load. Are you offline? Try again when connected.';
			return;
		}
		const blob = new Blob([mergeCalendars(files, 'My agenda')], { type: 'text/calendar' });
		const anchor = root.createElement('a');
		anchor.href = URL.createObjectURL(blob);
		anchor.download = 'my-agenda.ics';
		anchor.click();
		URL.revokeObjectURL(anchor.href);
	});
}
