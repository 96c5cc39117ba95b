import { countText, filterKeys, filterSearch, isFiltered, parseFilter, sessionShown, talkShown, type ProgrammeFilter } from '../model/programme-filter.ts';

/**
 * The programme's filters: hidden until this runs, so without JavaScript nothing is hidden. The
 * choice is kept in the query string (see src/model/programme-filter.ts); talks and sessions carry
 * what the filter needs in data attributes.
 */
export function mountProgrammeFilter(root: Document): void {
	const container = root.querySelector<HTMLDetailsElement>('[data-programme-filters]');
	const status = container?.querySelector<HTMLElement>('[data-filter-status]');
	const summary = container?.querySelector<HTMLElement>('[data-filter-summary]');
	if (!container || !status || !summary) return;
	const selects = filterKeys.flatMap((key) => {
		const select = container.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
		return select ? [{ key, select }] : [];
	});
	const talks = [...root.querySelectorAll<HTMLElement>('.talk[data-kind]')];
	const sessions = [...root.querySelectorAll<HTMLElement>('.session[data-start]')];

	const apply = (filter: ProgrammeFilter) => {
		let shown = 0;
		for (const talk of talks) {
			const session = talk.closest<HTMLElement>('.session');
			const visible = talkShown({ kind: talk.dataset.kind!, track: talk.dataset.track, room: session?.dataset.room, scheduled: Boolean(session) }, filter);
			talk.hidden = !visible;
			if (visible) shown++;
		}
		for (const session of sessions) {
			const own = [...session.querySelectorAll<HTMLElement>('.talk[data-kind]')];
			session.hidden = !sessionShown(
				{ room: session.dataset.room, pause: session.classList.contains('session--pause'), talks: own.length, talksShown: own.filter((t) => !t.hidden).length },
				filter,
			);
		}
		// A list of talks only (those not yet scheduled) goes, heading and all, when none of them is shown.
		for (const group of root.querySelectorAll<HTMLElement>('[data-filter-group]')) group.hidden = !group.querySelector('.talk:not([hidden])');
		for (const { key, select } of selects) select.value = filter[key] ?? '';
		const text = countText(shown, talks.length);
		status.textContent = `${text}.`;
		summary.textContent = isFiltered(filter) ? `(${text.toLowerCase()})` : '';
	};

	const current = () => parseFilter(location.search);
	for (const { select } of selects) {
		select.addEventListener('change', () => {
			const filter = Object.fromEntries(selects.map(({ key, select: s }) => [key, s.value])) as ProgrammeFilter;
			history.replaceState(history.state, '', `${location.pathname}${filterSearch(filter, location.search)}${location.hash}`);
			apply(current());
		});
	}
	container.querySelector('[data-filter-reset]')?.addEventListener('click', (event) => {
		event.preventDefault();
		history.replaceState(history.state, '', `${location.pathname}${filterSearch({}, location.search)}${location.hash}`);
		apply({});
	});
	addEventListener('popstate', () => apply(current()));

	container.hidden = false;
	const filter = current();
	// A shared link that arrives filtered shows its filters, on phones too.
	if (isFiltered(filter)) container.open = true;
	apply(filter);
}

/** The width from which the programme is a grid (as in the programme page's CSS). */
const wideScreen = '(min-width: 56rem)';

/** Opens the programme's tool boxes (zone and downloads, filters) where there is room; on phones they stay a tap away. */
export function openOnWideScreens(root: Document): void {
	if (!matchMedia(wideScreen).matches) return;
	for (const details of root.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]')) details.open = true;
}
