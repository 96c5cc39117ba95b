import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFrabSchedule } from '../../src/exports/frab.ts';
import { importFrab, type FrabScheduleIn } from '../../src/organizer/import-frab.ts';
import { formatIssue } from '../../src/loading/issues.ts';
import { pauseKinds } from '../../src/model/labels.ts';
import { loadContent } from '../../src/loading/load.ts';
import { renderMarkdown } from '../../src/model/markdown.ts';
import { materialize } from '../support/fixtures.ts';

const projectRoot = join(import.meta.dirname, '../..');

function freshEvent(contentDir: string, id: string, dates: { start: string; end: string }, zone: string) {
	mkdirSync(join(contentDir, 'events', id), { recursive: true });
	writeFileSync(join(contentDir, 'events', id, 'event.yaml'), `title: Imported\nshortTitle: Imported\nseries: demo\nstart: "${dates.start}"\nend: "${dates.end}"\ntimezone: ${zone}\n`);
}

describe('importing a pretalx or frab schedule', () => {
	it('turns a real pretalx export into a programme and speakers, and reports what the source gets wrong', () => {
		const { root, contentDir } = materialize();
		freshEvent(contentDir, 'democon-2020', { start: '2020-12-14', end: '2020-12-16' }, 'Europe/Berlin');
		const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/import-schedule.ts'), join(projectRoot, 'tests/data/c3voc/pretalx-democon.json'), 'democon-2020'], {
			cwd: root,
			env: { ...process.env, LECTERN_CONTENT: contentDir },
			encoding: 'utf8',
		});
		expect(run.stdout).toContain('Imported 36 talks into content/events/democon-2020/programme.yaml; 27 new people, 0 matched to people already here.');
		// The demo export books one speaker into two rooms at once; Lectern says so instead of publishing it.
		expect(run.status).toBe(1);
		const result = loadContent(contentDir, root);
		expect(result.issues.map(formatIssue)).toEqual([
			'content/events/democon-2020/programme.yaml:350: days[2].sessions[1].talks[0].speakers[1] "stephanie-hudson" would be in two places at once: talk "Inverse motivating array" at 09:00 (09:00–10:30) and talk "Re-engineered bandwidth-monitored focus group" at 09:30 (09:30–10:00); fix the times, the speakers or the chairs',
		]);
		expect(readFileSync(join(contentDir, 'people/brian-robinson.yaml'), 'utf8')).toMatch(/^name: Brian Robinson\nbio: /);
	});

	it('refuses to import into an event that does not exist', () => {
		const { root, contentDir } = materialize();
		const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/import-schedule.ts'), join(projectRoot, 'tests/data/c3voc/pretalx-democon.json'), 'nowhere-2020'], {
			cwd: root,
			env: { ...process.env, LECTERN_CONTENT: contentDir },
			encoding: 'utf8',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('There is no event "nowhere-2020": create it first');
	});

	it('refuses to overwrite a programme, naming its file in full when the content folder is elsewhere', () => {
		const { contentDir } = materialize();
		const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/import-schedule.ts'), join(projectRoot, 'tests/data/c3voc/pretalx-democon.json'), 'demo-2024'], {
			cwd: projectRoot,
			env: { ...process.env, LECTERN_CONTENT: contentDir },
			encoding: 'utf8',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${contentDir}/events/demo-2024/programme.yaml already has a programme; the import will not overwrite it.`);
	});

	it('gives back the same programme after a round trip through our own schedule.json', () => {
		const { root, contentDir } = materialize();
		const before = loadContent(contentDir, root);
		if (!before.ok) throw new Error('fixture should load');
		const original = before.model.eventById.get('demo-2024')!;
		const feed = JSON.parse(JSON.stringify(buildFrabSchedule(original, (path) => `https://site.example${path}`))) as FrabScheduleIn;
		const people = before.model.people.map((person) => ({ id: person.id, name: person.name }));
		const imported = importFrab(feed, original.timeZone, people);
		expect(imported.people).toEqual({});
		expect(imported.matched).toEqual(['alice-example', 'bob-sample', 'carol-test']);

		freshEvent(contentDir, 'demo-copy', { start: original.startDate, end: original.endDate }, original.timeZone);
		writeFileSync(join(contentDir, 'events/demo-copy/programme.yaml'), imported.programme);
		const after = loadContent(contentDir, root);
		expect(after.issues.map(formatIssue)).toEqual([]);
		if (!after.ok) return;
		const copy = after.model.eventById.get('demo-copy')!;
		const shape = (talks: typeof original.talks) =>
			talks
				.filter((talk) => talk.start)
				.map((talk) => ({ id: talk.id, title: talk.title, kind: talk.kind, speakers: talk.speakers.map((s) => s.person.id), start: talk.start, end: talk.end, room: talk.session?.room }));
		expect(shape(copy.talks)).toEqual(shape(original.talks));
		// Breaks are left out of schedule.json by design (conference apps list talks); the rest comes back.
		const talkless = (event: typeof original) => event.sessions.filter((s) => !s.talks.length && !pauseKinds.has(s.kind)).map((s) => ({ kind: s.kind, start: s.start, end: s.end, speakers: s.speakers.map((p) => p.person.id) }));
		expect(talkless(copy)).toEqual(talkless(original));
	});

	it('turns a hostile export into content that passes the check and renders nothing executable', () => {
		const { root, contentDir } = materialize();
		const feed = JSON.parse(readFileSync(join(projectRoot, 'tests/data/c3voc/pretalx-democon.json'), 'utf8')) as FrabScheduleIn;
		const [first, second] = Object.values(feed.schedule.conference.days[0]!.rooms).flat();
		Object.assign(first!, {
			title: 'Models <img src=x onerror=alert(1)>that <b>fit</b>',
			abstract:
				'We show [a demo](javascript:alert(1)), [a disguised one](jav&#x61;script:alert(2)), <a href="//evil.example/">an off-site path</a>, ' +
				'![a pixel](https://tracker.example/p.gif) and the [paper](https://doi.org/10.1/x).<script>alert(3)</script>\n\n&lt;b&gt; stays text, as does a < b.',
			links: [{ url: 'javascript:alert(4)', type: 'slides' }, { url: 'https://slides.example/deck', type: 'slides' }],
		});
		first!.persons![0]!.biography = '<p onclick="alert(5)">Works on <em>tiny</em> models.</p><iframe src="https://evil.example"></iframe>';
		second!.abstract = '[x][ref]\n\n[ref]: <javascript:alert(6)>';

		const imported = importFrab(feed, 'Europe/Berlin', []);
		const written = [imported.programme, ...Object.values(imported.people)].join('\n');
		expect(written).not.toMatch(/javascript|onerror|onclick|<script|<iframe|tracker\.example|evil\.example/i);
		expect(written).toContain('[paper](https://doi.org/10.1/x)');
		expect(written).toContain('https://slides.example/deck');

		freshEvent(contentDir, 'democon-2020', { start: '2020-12-14', end: '2020-12-16' }, 'Europe/Berlin');
		writeFileSync(join(contentDir, 'events/democon-2020/programme.yaml'), imported.programme);
		for (const [id, text] of Object.entries(imported.people)) writeFileSync(join(contentDir, 'people', `${id}.yaml`), text);
		const result = loadContent(contentDir, root);
		// The only problem is the demo export's own double booking (see the first test).
		expect(result.issues.map((issue) => issue.message)).toEqual([expect.stringContaining('would be in two places at once')]);
		const talks = (parse(imported.programme) as { days: Array<{ sessions: Array<{ talks?: Array<{ title: string; abstract?: string }> }> }> }).days
			.flatMap((day) => day.sessions.flatMap((session) => session.talks ?? []));
		const hostileTalk = talks.find((talk) => talk.title === 'Models that fit')!;
		expect(renderMarkdown(hostileTalk.abstract!)).toContain('&lt;b&gt; stays text, as does a &lt; b.');
	});

	it('reads a hostile acronym as text, and says what is wrong with a schedule it cannot place', () => {
		const feed = (): FrabScheduleIn => JSON.parse(readFileSync(join(projectRoot, 'tests/data/c3voc/pretalx-democon.json'), 'utf8')) as FrabScheduleIn;
		// An acronym that, read as a pattern, takes exponential time; and one that ends the header comment.
		const slow = feed();
		slow.schedule.conference.acronym = '(a|a)*$x';
		expect(importFrab(slow, 'Europe/Berlin', []).talkCount).toBe(36);
		const breaking = feed();
		breaking.schedule.conference.acronym = 'democon\nunscheduled: [{id: injected, title: Injected}]';
		expect(parse(importFrab(breaking, 'Europe/Berlin', []).programme).unscheduled).toBeUndefined();

		const bogus = feed();
		const talk = Object.values(bogus.schedule.conference.days[0]!.rooms).flat()[0]!;
		talk.duration = 'bogus';
		expect(() => importFrab(bogus, 'Europe/Berlin', [])).toThrow(`the talk ${JSON.stringify(talk.title)} has the duration "bogus"; schedule.json gives a duration as "HH:MM", e.g. "00:30"`);
		talk.duration = '00:30';
		talk.date = 'tomorrow';
		expect(() => importFrab(bogus, 'Europe/Berlin', [])).toThrow(`the talk ${JSON.stringify(talk.title)} starts at "tomorrow"`);
	});
});
