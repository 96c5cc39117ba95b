import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { sitePathProblem, sitePaths } from '../../src/loading/site-paths.ts';
import { addDraftEdition, materialize } from '../support/fixtures.ts';

describe('site paths in links', () => {
	const { root, contentDir } = materialize();
	const result = loadContent(contentDir, root);
	if (!result.ok) throw new Error('the valid fixture should load');
	// The fixture's pages: about.mdx and contact.md, and demo-2024's venue.mdx and draft-notes.md.
	const pages = ['about', 'contact'].map((slug) => ({ slug, path: '', file: '' })).concat(['venue', 'draft-notes'].map((slug) => ({ slug, event: 'demo-2024', path: '', file: '' })));
	mkdirSync(join(root, 'public/files'), { recursive: true });
	writeFileSync(join(root, 'public/files/call for papers.pdf'), '%PDF');
	const ids = { events: ['demo-2024'], programmes: ['demo-2024'], people: result.content.people.map((person) => person.id), series: result.model.series.map((series) => series.id) };
	const known = sitePaths(result.content, pages, ids, join(root, 'public'));

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
			'/events/demo-2024/talks/keynote-one.ics',
			'/events/demo-2024/sessions/2024-06-11-0900-room-a.ics',
			'/events/demo-2024/index.html',
			'/people/alice-example/',
			'/series/demo/',
			'/files/call%20for%20papers.pdf',
			'/sitemap-index.xml',
		]) {
			expect(sitePathProblem(path, known), path).toBeUndefined();
		}
	});

	it('accept the address of every route in src/pages', () => {
		const ids: Record<string, string> = { event: 'demo-2024', talk: 'keynote-one', person: 'alice-example', series: 'demo', page: 'about' };
		const routes = readdirSync('src/pages', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(astro|ts)$/.test(file));
		expect(routes.length).toBeGreaterThan(20);
		for (const route of routes) {
			// The grid's style sheet is a file only the programme page loads, not one to link.
			if (route.endsWith('programme.css.ts')) continue;
			const filled = route.replace(/\[(\w+)\]/g, (_, name: string) => (route.startsWith('events/') && name === 'page' ? 'venue' : ids[name]!));
			const page = `/${filled.replace(/(^|\/)index\.astro$|\.astro$/, '$1/')}`.replace(/\/+$/, '/').replace(/^\/404\/$/, '/404.html');
			const path = filled.endsWith('.astro') ? page : `/${filled.replace(/\.ts$/, '')}`;
			expect(sitePathProblem(path, known), `${route} → ${path}`).toBeUndefined();
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

	it('refuse what only looks like an address the site has', () => {
		expect(sitePathProblem('/index/', known)).toBe('leads to no page: there is no page "index"; link a page by its file name in pages/');
		expect(sitePathProblem('/favicon/', known)).toMatch(/^leads to no page: there is no page "favicon"/);
		expect(sitePathProblem('/about.pdf', known)).toBe('leads to no page: there is no file "about.pdf"; put it in public/ to publish it at "/about.pdf"');
		expect(sitePathProblem('/people/alice-example/nope/', known)).toBe('leads to no page: the site has nothing at "/people/alice-example/nope/"; link a page by its address, e.g. "/events/item-2020/programme/"');
		expect(sitePathProblem('/about/nope/', known)).toMatch(/^leads to no page: the site has nothing at "\/about\/nope\/"/);
		expect(sitePathProblem('/events/demo-2024/sessions/', known)).toBe('leads to no page: an event\'s sessions are on its programme, "/events/demo-2024/programme/"');
		expect(sitePathProblem('/events/demo-2024/schedule/', known)).toBe('leads to no page: there is no page "schedule" in demo-2024; link the event\'s overview, "/events/demo-2024/"');
		expect(sitePathProblem('/events/demo-2024/sessions/2024-06-11-0900-room-c.ics', known)).toBe('leads to no page: there is no session "2024-06-11-0900-room-c" in demo-2024; did you mean "2024-06-11-0900-room-a"?');
		expect(sitePathProblem('/people/bob-sample/', { ...known, publishedPeople: new Set(['alice-example']) })).toBe('leads to no page: "bob-sample" has no role at a published edition, so the site has no page for them; give them a role (a talk, a session, a committee), or leave the link out');
	});

	it('refuse files the build does not make, and files outside public/', () => {
		expect(sitePathProblem('/..%2Fpackage.json', known)).toMatch(/^leads to no page: there is no file "..\/package.json"/);
		expect(sitePathProblem('/events/demo-2024/talks/poster-x/', known)).toBeUndefined();
		expect(sitePathProblem('/events/demo-2024/talks/poster-x.ics', known)).toBe('leads to no page: "poster-x" has no time yet, so it has no calendar file; link its page, "/events/demo-2024/talks/poster-x/"');
		const withoutProgramme = { ...known, events: new Map([...known.events].map(([id, event]) => [id, { ...event, programme: undefined }])) };
		for (const path of ['/events/demo-2024/programme/', '/events/demo-2024/schedule.json']) {
			expect(sitePathProblem(path, withoutProgramme)).toBe('leads to no page: demo-2024 has no programme yet; link the event\'s overview, "/events/demo-2024/"');
		}
		expect(sitePathProblem('/events/demo-2024/calendar.ics', withoutProgramme)).toBeUndefined();
	});

	it('leave out draft pages', () => {
		const { root: draftRoot, contentDir: draftContent } = materialize();
		const draftResult = loadContent(draftContent, draftRoot);
		if (!draftResult.ok) throw new Error('the valid fixture should load');
		const refs = [{ slug: 'draft-notes', event: 'demo-2024', path: join(draftContent, 'events/demo-2024/pages/draft-notes.md'), file: '' }];
		const paths = sitePaths(draftResult.content, refs, ids, join(draftRoot, 'public'));
		expect(readFileSync(refs[0]!.path, 'utf8')).toMatch(/^draft: true$/m);
		expect(sitePathProblem('/events/demo-2024/draft-notes/', paths)).toMatch(/^leads to no page: there is no page "draft-notes" in demo-2024/);
	});

	it('refuse links to a draft edition, except from its own files', () => {
		const draft = { ...known, events: new Map([...known.events].map(([id, event]) => [id, { ...event, draft: true }])) };
		expect(sitePathProblem('/events/demo-2024/programme/', draft)).toBe('leads to no page: "demo-2024" is a draft edition, which the build leaves out; link it once its event.yaml no longer says "draft: true"');
		expect(sitePathProblem('/events/demo-2024/programme/', draft, { event: 'demo-2024' })).toBeUndefined();
	});
});

// The check decides which person pages exist before the model is built, from the content's
// roles; the build publishes the model's people. The two must agree, or a valid link is refused
// (or a broken one let through).
describe('the people a build publishes', () => {
	const published = (contentDir: string, root: string) => {
		const result = loadContent(contentDir, root);
		if (!result.ok) throw new Error(`content should load: ${result.issues.map((issue) => issue.message).join('; ')}`);
		const ids = {
			events: result.content.events.map((event) => event.id),
			programmes: result.content.events.filter((event) => event.programme).map((event) => event.id),
			people: result.content.people.map((person) => person.id),
			series: result.content.series.map((series) => series.id),
		};
		const known = sitePaths(result.content, [], ids, join(root, 'public'));
		return { check: [...(known.publishedPeople ?? [])].sort(), model: result.model.people.map((person) => person.id).sort() };
	};

	it('are the same for the check and the model on the five workshops', () => {
		const { check, model } = published(join(process.cwd(), 'content'), process.cwd());
		expect(model.length).toBeGreaterThan(100);
		expect(check).toEqual(model);
	});

	it('leave out whoever appears only at a draft edition, for the check as for the model', () => {
		const { root, contentDir } = materialize();
		addDraftEdition(contentDir);
		const { check, model } = published(contentDir, root);
		expect(model).not.toContain('dana-draft');
		expect(check).toEqual(model);
	});
});
