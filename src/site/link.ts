import { placeholderSite } from '../integrations/site-address.ts';

/**
 * A site path with the deployment base in front: `/events/x/` becomes `/workshops/events/x/`.
 * The base is Astro's (BASE_URL) in pages; code outside Vite (integrations) passes it.
 */
export function link(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}${path}`;
}

/** An absolute URL for canonical links, Open Graph and feeds. */
export function absolute(path: string, site: URL | undefined, base?: string): string {
	return new URL(link(path, base), site ?? placeholderSite).href;
}

/** What calendar and feed exports need to know about where the site lives. */
export function siteContext(site: URL | undefined, base?: string): { url: (path: string) => string; host: string } {
	return { url: (path) => absolute(path, site, base), host: new URL(absolute('/', site, base)).host };
}
