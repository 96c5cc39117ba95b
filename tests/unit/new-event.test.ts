import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { scaffoldEdition, type Edition } from '../../src/organizer/scaffold.ts';
import { materialize, projectContentDir } from '../support/fixtures.ts';

const projectRoot = join(import.meta.dirname, '../..');

function newEvent(contentDir: string, ...args: string[]) {
	return newEventIn(projectRoot, contentDir, ...args);
}

function newEventIn(cwd: string, contentDir: string, ...args: string[]) {
	return spawnSync(process.execPath, [join(projectRoot, 'scripts/new-event.ts'), ...args], {
		cwd,
		env: { ...process.env, LECTERN_CONTENT: contentDir },
		encoding: 'utf8',
	});
}

describe('npm run new:event', () => {
	it('scaffolds the next edition from the latest one, valid as it stands', () => {
		const { root, contentDir } = materialize();
		const run = newEvent(contentDir, 'demo', '2025');
		expect(run.status).toBe(0);
		// The content folder is outside the folder the command runs in, so paths are shown in full.
		expect(run.stdout).toContain(`created ${contentDir}/events/demo-2025/event.yaml`);
		expect(run.stdout).toContain(`Edit ${contentDir}/events/demo-2025/event.yaml: dates (now 2025-06-10 to 2025-06-11)`);
		const eventYaml = readFileSync(join(contentDir, 'events/demo-2025/event.yaml'), 'utf8');
		const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(eventYaml.split('\n')[0]!)?.[1];
		expect(existsSync(resolve(contentDir, 'events/demo-2025', schema!)), `${schema} from the event's folder`).toBe(true);
		expect(schema!.endsWith('/public/schemas/event.schema.json')).toBe(true);
		expect(eventYaml).toContain('start: "2025-06-10"\nend: "2025-06-11"\n');
		// A draft: the preview shows it, a build leaves it out until the organizer removes the flag.
		expect(eventYaml).toContain('draft: true\n');
		const built = loadContent(contentDir, root);
		expect(built.ok && built.model.eventById.has('demo-2025')).toBe(false);
		const result = loadContent(contentDir, root, { drafts: true });
		expect(result.issues).toEqual([]);
		const event = result.ok ? result.model.eventById.get('demo-2025')! : undefined;
		expect(event).toMatchObject({ edition: 2, startDate: '2025-06-10', endDate: '2025-06-11', timeZone: 'Europe/Berlin', format: 'hybrid', talks: [] });
		expect(event!.committees[0]!.members.map((m) => m.person.id)).toEqual(['alice-example', 'carol-test']);
	});

	it('moves the edition\'s ordinal and a season\'s years on, for the real series', () => {
		const root = mkdtempSync(join(tmpdir(), 'lectern-new-event-'));
		const contentDir = join(root, 'content');
		cpSync(projectContentDir, contentDir, { recursive: true });
		expect(newEvent(contentDir, 'odiw', '2024').status).toBe(0);
		expect(newEvent(contentDir, 'weml', '2027').status).toBe(0);
		const result = loadContent(contentDir, root, { drafts: true });
		expect(result.issues).toEqual([]);
		const event = (id: string) => (result.ok ? result.model.eventById.get(id) : undefined);
		// ODIW 2023 is the 3rd workshop; WEML 2019/20 the 3rd, starting in February 2020.
		expect(event('odiw-2024')).toMatchObject({ title: '4th On-Device Intelligence Workshop', edition: 4 });
		expect(event('weml-2027')).toMatchObject({ title: '4th Workshop on Embedded Machine Learning', shortTitle: 'WEML 2026/27', edition: 4 });
	});

	it('moves a spelt-out ordinal and a season written in full years on', () => {
		const latest = {
			id: 'x-2024',
			data: { title: 'Third International Workshop on X', shortTitle: 'X 2023/2024', series: 'x', edition: 3, start: '2024-01-15', timezone: 'UTC' },
		} as Edition;
		const result = scaffoldEdition(['x'], [latest], 'x', 2025, ['x-2024'], { contentDir: 'content', schemasDir: '../../schemas' });
		expect(result.ok && result.scaffold.files['events/x-2025/event.yaml']).toContain(
			'title: Fourth International Workshop on X\nshortTitle: X 2024/2025\nseries: x\nedition: 4\n',
		);
	});

	it('leaves the number of an edition before the latest to the organizer, so that no two share one', () => {
		const { root, contentDir } = materialize();
		expect(newEvent(contentDir, 'demo', '2023').status).toBe(0);
		const eventYaml = readFileSync(join(contentDir, 'events/demo-2023/event.yaml'), 'utf8');
		expect(eventYaml).not.toContain('edition:');
		expect(loadContent(contentDir, root, { drafts: true }).issues).toEqual([]);
	});

	it('names files relative to the folder it runs in', () => {
		const { root, contentDir } = materialize();
		const run = newEventIn(root, 'content', 'demo', '2025');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('created content/events/demo-2025/event.yaml\ncreated content/events/demo-2025/programme.yaml\n');
		expect(run.stdout).toContain('Fill in content/events/demo-2025/programme.yaml as the programme takes shape.');
		const schema = /\$schema=(.+)$/m.exec(readFileSync(join(contentDir, 'events/demo-2025/programme.yaml'), 'utf8'))?.[1];
		expect(resolve(contentDir, 'events/demo-2025', schema!)).toBe(join(projectRoot, 'public/schemas/programme.schema.json'));
	});

	it('refuses to overwrite an existing edition', () => {
		const { root } = materialize();
		const run = newEventIn(root, 'content', 'demo', '2024');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('content/events/demo-2024/ already exists; Lectern will not overwrite an edition.');
	});

	it('suggests the series meant when the name is misspelt', () => {
		const { contentDir } = materialize();
		const run = newEvent(contentDir, 'dmeo', '2025');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('There is no series "dmeo"; did you mean "demo"?');
	});
});
