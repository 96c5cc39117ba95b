/**
 * Filters a long list in place as the visitor types, for the people and talk indexes, and sorts
 * it where the page offers a sort order. The list is complete HTML without it.
 */
export function enhanceList(root: Document): void {
	const tools = root.querySelector<HTMLElement>('[data-list-tools]');
	const input = tools?.querySelector<HTMLInputElement>('[data-filter]');
	const count = tools?.querySelector<HTMLElement>('[data-count]');
	if (!tools || !input || !count) return;
	const items = [...root.querySelectorAll<HTMLElement>('[data-item]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
	tools.hidden = false;

	// Sorting by title gathers the items from their groups into one list; the grouped order
	// (the HTML's own) comes back by returning each item to its place.
	const sort = tools.querySelector<HTMLSelectElement>('[data-sort]');
	const flat = root.querySelector<HTMLElement>('[data-sorted-list]');

	// Accents and case aside, as typing "Fröning" on a phone is hard: "froning" finds him.
	const plain = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
	const texts = items.map((item) => plain(item.dataset.text ?? ''));
	const update = () => {
		const words = plain(input.value).split(/\s+/).filter(Boolean);
		let shown = 0;
		for (const [index, item] of items.entries()) {
			const text = texts[index]!;
			const match = words.every((word) => text.includes(word));
			item.hidden = !match;
			if (match) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-item]:not([hidden])');
		count.textContent = words.length ? `${shown} of ${items.length} shown` : '';
	};
	input.addEventListener('input', update);

	const homes = items.map((item) => ({ item, parent: item.parentElement! }));
	const sortBy = () => {
		if (!sort || !flat) return;
		const byTitle = sort.value === 'title';
		if (byTitle) {
			const sorted = [...items].sort((a, b) => (a.dataset.sortTitle ?? '').localeCompare(b.dataset.sortTitle ?? '', 'en'));
			flat.replaceChildren(...sorted);
		} else {
			for (const { item, parent } of homes) parent.append(item);
		}
		(flat.closest<HTMLElement>('[data-sorted]') ?? flat).hidden = !byTitle;
		for (const group of groups) group.hidden = byTitle || !group.querySelector('[data-item]:not([hidden])');
	};
	sort?.addEventListener('change', sortBy);

	// Back on the page, the browser puts the visitor's words and sort order back once the page has
	// loaded, after this script ran: apply them then.
	addEventListener('pageshow', () => {
		if (input.value) update();
		if (sort?.value === 'title') sortBy();
	});
}
