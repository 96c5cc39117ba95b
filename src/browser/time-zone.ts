import { dateIn, rangeParts, shortDayIn } from '../model/zone-format.ts';

/**
 * The time-zone switch: shows every time on the page either in the event's zone (as built) or
 * in the viewer's chosen zone. The choice is remembered across pages. Times are rewritten from
 * their UTC `datetime`, with the same formatting code the build uses.
 */

const storageKey = 'lectern:time-zone';
/**
 * The stored choice: `event`, `local` (wherever the viewer is now: it follows them when they
 * travel), or an IANA zone picked from the list.
 */
type Choice = 'event' | 'local' | string;

// Browsers still report some zones by their old names; show the names people know today.
const currentNames: Record<string, string> = {
	'America/Godthab': 'America/Nuuk',
	'Asia/Calcutta': 'Asia/Kolkata',
	'Asia/Katmandu': 'Asia/Kathmandu',
	'Asia/Rangoon': 'Asia/Yangon',
	'Asia/Saigon': 'Asia/Ho_Chi_Minh',
	'Atlantic/Faeroe': 'Atlantic/Faroe',
	'Europe/Kiev': 'Europe/Kyiv',
	'Pacific/Enderbury': 'Pacific/Kanton',
	'Pacific/Ponape': 'Pacific/Pohnpei',
	'Pacific/Truk': 'Pacific/Chuuk',
};
const currentName = (zone: string) => currentNames[zone] ?? zone;

export function viewerZone(): string {
	return currentName(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

export function storedChoice(): Choice {
	try {
		return localStorage.getItem(storageKey) ?? 'event';
	} catch {
		return 'event';
	}
}

function store(choice: Choice): void {
	try {
		localStorage.setItem(storageKey, choice);
	} catch {
		// Private browsing may refuse storage; the choice then lasts for this page only.
	}
}

/** Rewrites every `.time-range` below `root` for the choice. */
export function renderTimes(root: ParentNode, choice: Choice): void {
	const chosen = choice === 'local' ? viewerZone() : choice;
	for (const range of root.querySelectorAll<HTMLElement>('.time-range')) {
		const eventZone = range.dataset.zone!;
		const zone = chosen === 'event' ? eventZone : chosen;
		const [startEl, endEl] = range.querySelectorAll('time');
		const start = new Date(startEl!.dateTime);
		const end = new Date(endEl!.dateTime);
		const parts = rangeParts(start, end, zone);
		startEl!.textContent = parts.start;
		endEl!.textContent = parts.end;
		const suffix = endEl!.nextSibling;
		if (suffix && suffix.nodeType === Node.TEXT_NODE) suffix.textContent = `${parts.endDaySuffix} `;
		const abbr = range.querySelector('abbr')!;
		abbr.textContent = parts.abbreviation;
		abbr.title = zone;
		range.querySelector('.time-range__day')?.remove();
		// A slot that falls on another calendar day where the viewer is says which day.
		if (dateIn(start, zone) !== dateIn(start, eventZone)) {
			const day = document.createElement('span');
			day.className = 'time-range__day';
			day.textContent = ` (${shortDayIn(start, zone)})`;
			range.append(day);
		}
	}
}

/** Wires the switch's controls on the page, if it has them, and applies the stored choice. */
export function mountTimeZoneSwitch(root: Document): void {
	const container = root.querySelector<HTMLElement>('[data-tz-switch]');
	const select = container?.querySelector<HTMLSelectElement>('select');
	const status = container?.querySelector<HTMLElement>('[data-tz-status]');
	const eventZone = container?.dataset.eventZone;
	if (!container || !select || !status || eventZone === undefined) {
		renderTimes(root, storedChoice());
		return;
	}
	const own = viewerZone();
	select.querySelector<HTMLOptionElement>('option[value="local"]')!.textContent = `Your time zone (${own})`;
	const others = root.createElement('optgroup');
	others.label = 'Other time zones';
	const zones = [...new Set(Intl.supportedValuesOf('timeZone').map(currentName))].sort();
	for (const zone of ['UTC', ...zones]) others.append(new Option(zone.replaceAll('_', ' '), zone));
	select.append(others);
	// The footer's note on times, where the page has one, follows the choice.
	const note = root.querySelector<HTMLElement>('[data-tz-note]');
	const eventNote = note?.textContent;

	const apply = (choice: Choice) => {
		const zone = choice === 'event' ? eventZone || 'each event’s own time zone' : choice === 'local' ? own : choice;
		select.value = choice;
		renderTimes(root, choice);
		status.textContent =
			choice === 'event' ? `Times are shown in ${eventZone ? `the event’s time zone, ${eventZone}` : zone}.` : `Times are shown in ${zone.replaceAll('_', ' ')}${zone === own ? ' (your time zone)' : ''}.`;
		if (note) note.textContent = choice === 'event' ? eventNote! : status.textContent;
	};
	select.addEventListener('change', () => {
		store(select.value);
		apply(select.value);
	});
	container.hidden = false;
	apply(storedChoice());
}
