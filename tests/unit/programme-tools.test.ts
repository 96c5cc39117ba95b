import { describe, expect, it } from 'vitest';
import { buildVersion, precacheList } from '../../src/integrations/offline.ts';
import { nowAndNext } from '../../src/model/now-next.ts';
import { pageAssets, pageKey, strategyFor } from '../../src/exports/offline.ts';
import { countText, filterSearch, parseFilter, sessionShown, talkShown } from '../../src/model/programme-filter.ts';

describe('programme filters', () => {
	it('read and write the query string, keeping other parameters', () => {
		expect(parseFilter('?room=Room+A&kind=paper&utm=x')).toEqual({ room: 'Room A', kind: 'paper' });
		expect(filterSearch({ room: 'Room A', track: 'Hardware' }, '?utm=x&kind=paper')).toBe('?utm=x&room=Room+A&track=Hardware');
		expect(filterSearch({}, '?room=Room+A')).toBe('');
	});

	it('show a room’s talks and the talks everyone attends, not unscheduled ones', () => {
		const filter = { room: 'Room A' };
		expect(talkShown({ kind: 'paper', room: 'Room A', scheduled: true }, filter)).toBe(true);
		expect(talkShown({ kind: 'paper', room: 'Room B', scheduled: true }, filter)).toBe(false);
		expect(talkShown({ kind: 'keynote', scheduled: true }, filter)).toBe(true);
		expect(talkShown({ kind: 'talk', scheduled: false }, filter)).toBe(false);
	});

	it('match kind and track exactly, together', () => {
		const talk = { kind: 'paper', track: 'Hardware', room: 'Room B', scheduled: true };
		expect(talkShown(talk, { kind: 'paper', track: 'Hardware' })).toBe(true);
		expect(talkShown(talk, { kind: 'paper', track: 'Software' })).toBe(false);
		expect(talkShown(talk, { kind: 'keynote' })).toBe(false);
	});

	it('keep breaks as landmarks, and hide sessions none of whose talks are shown', () => {
		const brk = { pause: true, talks: 0, talksShown: 0 };
		expect(sessionShown(brk, { kind: 'paper' })).toBe(true);
		expect(sessionShown({ pause: false, talks: 0, talksShown: 0 }, { kind: 'paper' })).toBe(false);
		expect(sessionShown({ pause: false, talks: 0, talksShown: 0, room: 'Room B' }, { room: 'Room A' })).toBe(false);
		expect(sessionShown({ pause: false, talks: 3, talksShown: 0, room: 'Room A' }, {})).toBe(false);
		expect(sessionShown({ pause: false, talks: 3, talksShown: 1, room: 'Room A' }, {})).toBe(true);
	});

	it('say how many talks are shown', () => {
		expect(countText(12, 40)).toBe('Showing 12 of 40 talks');
		expect(countText(1, 1)).toBe('Showing 1 of 1 talk');
	});
});

describe('now and next', () => {
	// Two sessions on 10 June 2024 in Berlin (CEST, UTC+2): 09:00–10:00 and 10:00–11:00.
	const spans = [
		{ start: Date.parse('2024-06-10T07:00:00Z'), end: Date.parse('2024-06-10T08:00:00Z') },
		{ start: Date.parse('2024-06-10T08:00:00Z'), end: Date.parse('2024-06-10T09:00:00Z') },
	];
	const at = (iso: string) => nowAndNext(spans, new Date(iso), 'Europe/Berlin', ['2024-06-10', '2024-06-11']);

	it('mark nothing before the event, however close its first session is', () => {
		expect(at('2024-02-10T07:30:00Z')).toEqual({ eventDay: false, current: [], next: [] });
		// 23:59 on 9 June in Berlin.
		expect(at('2024-06-09T21:59:00Z')).toEqual({ eventDay: false, current: [], next: [] });
	});

	it('count event days in the event’s zone: 00:30 in Berlin is the event’s first day, though still the day before in UTC', () => {
		expect(at('2024-06-09T22:30:00Z')).toEqual({ eventDay: true, current: [], next: [0] });
	});

	it('mark what is on and what is next during the day', () => {
		expect(at('2024-06-10T07:30:00Z')).toEqual({ eventDay: true, current: [0], next: [1] });
	});

	it('mark nothing after the last day ends in the event’s zone, though it is still that day in UTC', () => {
		expect(at('2024-06-11T22:30:00Z')).toEqual({ eventDay: false, current: [], next: [] });
	});

	it('do not call the next day’s session “next” in the evening', () => {
		const twoDays = [...spans, { start: Date.parse('2024-06-11T07:00:00Z'), end: Date.parse('2024-06-11T08:00:00Z') }];
		expect(nowAndNext(twoDays, new Date('2024-06-10T18:00:00Z'), 'Europe/Berlin', ['2024-06-10', '2024-06-11']).next).toEqual([]);
	});
});

describe('offline use', () => {
	const scope = new URL('https://example.org/workshops/');

	it('answers pages and data from the network first, assets from the cache, and nothing outside the base', () => {
		expect(strategyFor(new URL('https://example.org/workshops/events/x/programme/'), scope)).toBe('network-first');
		expect(strategyFor(new URL('https://example.org/workshops/agenda/talks.json'), scope)).toBe('network-first');
		expect(strategyFor(new URL('https://example.org/workshops/_astro/a.css'), scope)).toBe('stale-while-revalidate');
		expect(strategyFor(new URL('https://example.org/workshops/pagefind/pagefind.js'), scope)).toBe('stale-while-revalidate');
		expect(strategyFor(new URL('https://example.org/other/'), scope)).toBe('none');
		expect(strategyFor(new URL('https://elsewhere.example/workshops/'), scope)).toBe('none');
	});

	it('keeps a page under its address without query, so filtered programmes open offline', () => {
		expect(pageKey(new URL('https://example.org/workshops/events/x/programme/?room=A#day-1'))).toBe('https://example.org/workshops/events/x/programme/');
	});

	it('finds the styles and scripts a page needs', () => {
		const html = '<link rel="stylesheet" href="/workshops/_astro/a.css"><link rel="canonical" href="https://example.org/workshops/x/"><script type="module" src="/workshops/_astro/b.js"></script><a href="/workshops/people/">';
		expect(pageAssets(html, new URL('https://example.org/workshops/x/'), scope)).toEqual(['https://example.org/workshops/_astro/a.css', 'https://example.org/workshops/_astro/b.js']);
	});

	it('precaches the agenda, search, its index and the site’s styles and scripts', () => {
		const files = ['_astro/a.css', '_astro/b.js', 'agenda/index.html', 'agenda/talks.json', 'events/x/index.html', 'favicon.svg', 'index.html', 'offline/index.html', 'pagefind/pagefind-ui.js', 'pagefind/pagefind.js', 'search/index.html'];
		expect(precacheList(files, () => 100)).toEqual(['', 'offline/', 'agenda/', 'search/', '_astro/a.css', '_astro/b.js', 'agenda/talks.json', 'favicon.svg', 'pagefind/pagefind.js']);
	});

	it('precaches the talks and people indexes only while they are small together', () => {
		const files = ['index.html', 'people/index.html', 'search/index.html', 'talks/index.html'];
		// A workshop series: tens of kilobytes each.
		expect(precacheList(files, () => 50_000)).toEqual(['', 'search/', 'talks/', 'people/']);
		// A large conference: megabytes; they are kept once opened, as programmes are.
		expect(precacheList(files, (file) => (file === 'talks/index.html' ? 2_300_000 : 50_000))).toEqual(['', 'search/']);
	});

	it('precaches search results’ texts only while they are small together', () => {
		const fragments = Array.from({ length: 1000 }, (_, i) => `pagefind/fragment/en_${i}.pf_fragment`);
		const files = ['pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind-entry.json', ...fragments];
		const index = ['pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind-entry.json'];
		// A workshop series: about 500 bytes a page.
		expect(precacheList(files, () => 500)).toEqual([...index, ...fragments]);
		// A large conference: the same number of pages at 2 kB each passes the budget; the index alone is kept.
		expect(precacheList(files, () => 2000)).toEqual(index);
	});

	it('names the cache by the files it keeps from the start, their names and bytes, nothing else', () => {
		const read = (file: string) => Buffer.from(file === 'a' ? 'one' : 'two');
		expect(buildVersion(['a', 'b'], read)).toBe(buildVersion(['a', 'b'], read));
		expect(buildVersion(['a', 'b'], read)).not.toBe(buildVersion(['a'], read));
		expect(buildVersion(['a', 'b'], read)).not.toBe(buildVersion(['a', 'c'], read));
		expect(buildVersion(['a', 'b'], read)).not.toBe(buildVersion(['a', 'b'], (file) => Buffer.from(file === 'a' ? 'one' : 'three')));
	});
});
