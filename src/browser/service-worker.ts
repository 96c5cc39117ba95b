import { assetsCache, cachePrefix, pageAssets, pageKey, pagesCache, staticCache, strategyFor } from '../exports/offline.ts';

/**
 * The service worker (built into `sw.js` at the site's base by src/integrations/offline.ts):
 * keeps the programme, talk and person pages a visitor opened, the agenda and the search index
 * usable without a network, and fresh when there is one (see src/exports/offline.ts).
 */

/** What the build writes in: its hash, the base path and the files to keep from the start. */
declare const LECTERN_OFFLINE: { version: string; precache: string[] };

// The few worker types used, written out: the project's TypeScript knows the DOM, not workers.
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
	data: unknown;
}
interface WorkerScope {
	registration: { scope: string };
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

const worker = self as unknown as WorkerScope;
const scope = () => new URL(worker.registration.scope);
const current = staticCache(LECTERN_OFFLINE.version);

/** Fetches and stores a URL; a failure leaves whatever was stored. */
async function store(cacheName: string, url: string, key = url): Promise<Response | undefined> {
	try {
		const response = await fetch(url);
		if (response.ok && !response.redirected) await (await caches.open(cacheName)).put(key, response.clone());
		return response;
	} catch {
		return undefined;
	}
}

/** Keeps a page and the assets it needs to show as it should. */
async function keepPage(url: string): Promise<void> {
	const response = await store(pagesCache, url, pageKey(new URL(url)));
	if (!response?.ok || !response.headers.get('content-type')?.includes('text/html')) return;
	const missing = [];
	for (const asset of pageAssets(await response.text(), new URL(url), scope())) if (!(await caches.match(asset))) missing.push(asset);
	await Promise.all(missing.map((asset) => store(assetsCache, asset)));
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const base = scope();
			await Promise.all(LECTERN_OFFLINE.precache.map((path) => store(current, new URL(path, base).href)));
			await worker.skipWaiting();
		})(),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) if (name.startsWith(`${cachePrefix}static-`) && name !== current) await caches.delete(name);
			await worker.clients.claim();
		})(),
	);
});

async function networkFirst(request: Request): Promise<Response> {
	const key = pageKey(new URL(request.url));
	try {
		const response = await fetch(request);
		if (response.ok && !response.redirected) {
			const copy = response.clone();
			void caches.open(pagesCache).then((cache) => cache.put(key, copy));
		}
		return response;
	} catch (error) {
		const cached = (await caches.match(key, { ignoreSearch: true })) ?? (await caches.match(request, { ignoreSearch: true }));
		if (cached) return cached;
		// A page never opened here: say so, rather than the browser's own error.
		const offline = request.mode === 'navigate' ? await caches.match(new URL('offline/', scope()).href) : undefined;
		if (offline) return offline;
		throw error;
	}
}

async function staleWhileRevalidate(event: FetchEvent): Promise<Response> {
	const cached = await caches.match(event.request);
	const refresh = store(assetsCache, event.request.url);
	if (cached) {
		event.waitUntil(refresh);
		return cached;
	}
	return (await refresh) ?? Response.error();
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const strategy = strategyFor(new URL(request.url), scope(), request.mode === 'navigate');
	if (strategy === 'network-first') event.respondWith(networkFirst(request));
	else if (strategy === 'stale-while-revalidate') event.respondWith(staleWhileRevalidate(event));
});

// A programme page asks to keep its talk and person pages, so they open offline too.
worker.addEventListener('message', (event) => {
	const data = event.data as { type?: string; urls?: unknown };
	if (data?.type !== 'keep' || !Array.isArray(data.urls)) return;
	const base = scope();
	const urls = data.urls.filter((url): url is string => typeof url === 'string' && strategyFor(new URL(url), base) === 'network-first');
	event.waitUntil(
		(async () => {
			const pages = await caches.open(pagesCache);
			for (const url of urls) if (!(await pages.match(pageKey(new URL(url))))) await keepPage(url);
		})(),
	);
});
