/**
 * Filters a long list in place as the visitor types, for the people and talk indexes. The list
 * is complete HTML without it; this only hides what does not match.
 */
export function enhanceList(root: Document): void {
	const tools = root.querySelector<HTMLElement>('[data-list-tools]');
	const input = tools?.querySelector<HTMLInputElement>('[data-filter]');
	const count = tools?.querySelector<HTMLElement>('[data-count]');
	if (!tools || !input || !count) return;
	const items = [...root.querySelectorAll<HTMLElement>('[data-item]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
	tools.hidden = false;

	const update = () => {
		const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
		let shown = 0;
		for (const item of items) {
			const text = item.dataset.text ?? '';
			const match = words.every((word) => text.includes(word));
			item.hidden = !match;
			if (match) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-item]:not([hidden])');
		count.textContent = words.length ? `${shown} of ${items.length} shown` : '';
	};
	input.addEventListener('input', update);
}
