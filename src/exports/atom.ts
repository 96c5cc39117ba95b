import type { Event } from '../model/model.ts';
import { paths } from '../model/paths.ts';
import { escapeXml } from './xml.ts';

/**
 * An Atom feed of the site's events, newest first, so followers learn of new editions.
 * `updated` comes from the content (an event's first day), never the build clock, so the same
 * content gives the same feed.
 * @see https://datatracker.ietf.org/doc/html/rfc4287
 */

export function atomFeed(events: readonly Event[], url: (path: string) => string, title: string): string {
	const newest = [...events].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
	const updated = (event: Event) => `${event.startDate}T00:00:00Z`;
	const entries = newest.map(
		(event) => `  <entry>
    <title>${escapeXml(`${event.shortTitle}: ${event.title}`)}</title>
    <id>${escapeXml(url(paths.event(event)))}</id>
    <link rel="alternate" href="${escapeXml(url(paths.event(event)))}"/>
    <updated>${updated(event)}</updated>
    <category term="${escapeXml(event.series.shortName)}"/>
    <summary>${escapeXml(event.aboutText?.split('\n')[0] ?? event.title)}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(title)}</title>
  <id>${escapeXml(url('/'))}</id>
  <link rel="self" href="${escapeXml(url('/feed.xml'))}"/>
  <link rel="alternate" href="${escapeXml(url('/'))}"/>
  <updated>${newest[0] ? updated(newest[0]) : '1970-01-01T00:00:00Z'}</updated>
  <author><name>${escapeXml(title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
