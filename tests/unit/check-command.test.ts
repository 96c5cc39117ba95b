import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialize } from '../support/fixtures.ts';

const projectRoot = join(import.meta.dirname, '../..');

function check(badCase?: string, contentVariable?: string) {
	const { root, contentDir } = materialize(badCase);
	return spawnSync(process.execPath, [join(projectRoot, 'scripts/check.ts')], {
		cwd: root,
		env: { ...process.env, LECTERN_CONTENT: contentVariable ?? contentDir },
		encoding: 'utf8',
	});
}

describe('npm run check', () => {
	it('says the content is valid and exits 0', () => {
		const run = check();
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Content is valid: 2 series, 1 events, 11 talks, 3 people.');
	});

	it('prints every problem on its own line and exits 1', () => {
		const run = check('end-before-start');
		expect(run.status).toBe(1);
		expect(run.stderr.split('\n')).toContain(
			'content/events/demo-2024/programme.yaml:18: days[0].sessions[2].end "10:20" is before start "10:45"; make it later (write "00:30+1" for a session that ends after midnight)',
		);
		expect(run.stderr).toContain('1 problem found; nothing was built.');
	});

	it('reads the project’s content/ when LECTERN_CONTENT is set but empty, as when unset', () => {
		const run = check(undefined, '');
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('Content is valid: 2 series, 1 events, 11 talks, 3 people.');
	});
});
