import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { sitePathProblem, sitePaths } from '../../src/loading/site-paths.ts';
import { materialize } from '../support/fixtures.ts';

describe('site paths in links', () => {
	const { root, contentDir } = materialize();
	const result = loadContent(contentDir, root);
	if (!result.ok) throw new Error('the valid fixture should load');
	// The fixture's pages: about.mdx and contact.md, and demo-2024's venue.mdx and draft-notes.md.
	const pages = ['about', 'contact'].map((slug) => ({ slug, path: '', file: '' })).concat(['venue', 'draft-notes'].map((slug) => ({ slug, event: 'demo-2024', path: '', file: '' })));
	const known = sitePaths(result.content, pages, { events: ['demo-2024'], people: result.model.people.map((person) => person.id), series: result.model.series.map((series) => series.id) });

	it("accept every address the site has: pages, Lectern's own pages and files, anchors and queries", () => {
		for (const path of [
			'/',
			'/talks/',
			'/search/?q=tiny',
			'/agenda/',
			'/feed.xml',
			'/calendar.ics',
			'/about/',
			'/events/demo-2024/',
			'/events/demo-2024/#organization',
			'/events/demo-2024/programme/',
			'/events/demo-2024/venue/',
			'/events/demo-2024/talks/keynote-one/',
			'/events/demo-2024/calendar.ics',
			'/events/demo-2024/schedule.json',
			'/people/alice-example/',
			'/series/demo/',
		]) {
			expect(sitePathProblem(path, known), path).toBeUndefined();
		}
	});

	it('name what is missing and the nearest that exists', () => {
		expect(sitePathProblem('/events/demo-2042/', known)).toBe('leads to no page: there is no event "demo-2042"; did you mean "demo-2024"?');
		expect(sitePathProblem('/events/demo-2024/talks/keynote-on/', known)).toBe('leads to no page: there is no talk "keynote-on" in demo-2024; did you mean "keynote-one"?');
		expect(sitePathProblem('/events/demo-2024/talks/', known)).toBe('leads to no page: an event\'s talks are on its programme, "/events/demo-2024/programme/"');
		expect(sitePathProblem('/events/', known)).toBe('leads to no page: the events and series are listed on the home page, "/"');
		expect(sitePathProblem('/contakt/', known)).toBe('leads to no page: there is no page "contakt"; did you mean "contact"?');
		expect(sitePathProblem('/series/dmo/', known)).toBe('leads to no page: there is no series "dmo"; did you mean "demo"?');
	});
});
