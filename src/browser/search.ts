/**
 * The search page: runs Pagefind in the browser. Nothing is fetched until the visitor searches
 * (submits a query, here or from the header box); then the index loads once.
 */

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

const filterNames: Record<string, string> = { kind: 'Kind', series: 'Series', event: 'Event', year: 'Year' };
/** How a filter's value reads in its menu: kinds are words of the index ("talk"), shown as labels. */
const valueLabel = (name: string, value: string) => (name === 'kind' ? value.charAt(0).toUpperCase() + value.slice(1) : value);
const pageSize = 20;

export function startSearch(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const filterBox = root.querySelector<HTMLFieldSetElement>('[data-filters]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !input || !filterBox || !status || !list) return;

	let pagefind: Promise<Pagefind> | undefined;
	const load = () => (pagefind ??= import(/* @vite-ignore */ form.dataset.index!) as Promise<Pagefind>);

	const params = new URLSearchParams(location.search);

	const selected = (): Record<string, string> =>
		Object.fromEntries(
			[...filterBox.querySelectorAll<HTMLSelectElement>('select')].filter((s) => s.value).map((s) => [s.name, s.value]),
		);

	const addFilters = async (api: Pagefind) => {
		if (filterBox.querySelector('select')) return;
		const filters = await api.filters();
		for (const [name, label] of Object.entries(filterNames)) {
			const values = Object.keys(filters[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
			if (!values.length) continue;
			const wrapper = root.createElement('label');
			wrapper.textContent = label;
			const select = root.createElement('select');
			select.name = name;
			select.append(new Option(`Any ${label.toLowerCase()}`, ''));
			for (const value of values) select.append(new Option(valueLabel(name, value), value, false, params.get(name) === value));
			select.addEventListener('change', () => void run());
			wrapper.append(select);
			filterBox.append(wrapper);
		}
		filterBox.hidden = false;
	};

	const run = async () => {
		const query = input.value.trim();
		if (!query) {
			status.textContent = '';
			list.replaceChildren();
			return;
		}
		status.textContent = 'Searching…';
		const api = await load();
		await addFilters(api);
		const { results } = await api.search(query, { filters: selected() });
		// A result's text is a file of its own; offline, those not kept yet cannot be shown.
		const settled = await Promise.allSettled(results.slice(0, pageSize).map((result) => result.data()));
		const page = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
		const unavailable = settled.length - page.length;
		list.replaceChildren(
			...page.map((hit) => {
				const item = root.createElement('li');
				const heading = root.createElement('h2');
				const anchor = root.createElement('a');
				anchor.href = hit.url;
				anchor.textContent = hit.meta.title ?? hit.url;
				heading.append(anchor);
				item.append(heading);
				const where = [hit.filters.kind?.[0], hit.meta.event, hit.meta.date, hit.meta.speakers, hit.meta.affiliation].filter(Boolean).join(' · ');
				if (where) {
					const meta = root.createElement('p');
					meta.className = 'muted';
					meta.textContent = where;
					item.append(meta);
				}
				const excerpt = root.createElement('p');
				// Pagefind's excerpt is the page's own text with <mark> around the matches.
				excerpt.innerHTML = hit.excerpt;
				item.append(excerpt);
				return item;
			}),
		);
		const shown = results.length > pageSize ? `; showing the first ${pageSize}` : '';
		const offline = unavailable > 0 ? ` ${unavailable} of them cannot be shown without a connection.` : '';
		status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”${shown}.${offline}`;
		// The address holds the query and the filters, so that a shared or reloaded search is the same.
		const url = new URL(location.href);
		url.searchParams.set('q', query);
		for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select')) {
			if (select.value) url.searchParams.set(select.name, select.value);
			else url.searchParams.delete(select.name);
		}
		history.replaceState(null, '', url);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	// A query in the address (from the header's box, or a shared link) fills the box and runs; text
	// typed before this script ran (it loads late, and phones are slow) is the visitor's and stays.
	const asked = params.get('q');
	if (asked && !input.value) {
		input.value = asked;
		void run();
	}
}
