/** A site path with the deployment base in front: `/events/x/` becomes `/workshops/events/x/`. */
export function link(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${path}`;
}

/** An absolute URL for canonical links, Open Graph and feeds. */
export function absolute(path: string, site: URL | undefined): string {
	return new URL(link(path), site ?? 'https://lectern.example.org').href;
}

/** What calendar and feed exports need to know about where the site lives. */
export function siteContext(site: URL | undefined): { url: (path: string) => string; host: string } {
	return { url: (path) => absolute(path, site), host: new URL(absolute('/', site)).host };
}
