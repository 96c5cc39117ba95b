/**
 * Registers the service worker (see src/browser/service-worker.ts) from the pages that have a
 * script of their own anyway: the programme, the agenda and search. Once it runs, it serves every
 * page of the site, which therefore ship no JavaScript of their own. `keep` lists pages to save
 * for offline use now, e.g. a programme's talk and person pages.
 */
export function registerOffline(keep: readonly string[] = []): void {
	if (!('serviceWorker' in navigator)) return;
	const base = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/`;
	const start = async () => {
		try {
			await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
			const registration = await navigator.serviceWorker.ready;
			if (keep.length) registration.active?.postMessage({ type: 'keep', urls: [...new Set(keep)] });
		} catch {
			// No offline copy (private window, storage refused): the site works as before.
		}
	};
	// Once the page has loaded and the browser is idle: the worker's downloads never compete with what the visitor sees.
	const later = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void start(), { timeout: 5000 }) : setTimeout(() => void start(), 1000));
	if (document.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
}

/** The site's pages a programme links to (its event, talks and people), as absolute URLs. */
export function linkedPages(root: ParentNode): string[] {
	const base = new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/`, location.href);
	return [...root.querySelectorAll<HTMLAnchorElement>('a[href]')]
		.map((anchor) => new URL(anchor.href))
		.filter((url) => url.origin === base.origin && url.pathname.startsWith(base.pathname) && url.pathname.endsWith('/') && /\/(events|people)\//.test(url.pathname))
		.map((url) => `${url.origin}${url.pathname}`);
}
