import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { materialize } from '../support/fixtures.ts';

const projectRoot = join(import.meta.dirname, '../..');

it('stops the build with the same report as the check, building nothing', () => {
	const { contentDir } = materialize('end-before-start');
	const outDir = mkdtempSync(join(tmpdir(), 'lectern-dist-'));
	const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: projectRoot,
		env: { ...process.env, LECTERN_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	expect(run.status).not.toBe(0);
	expect(run.stdout + run.stderr).toContain('programme.yaml:18: days[0].sessions[2].end "10:20" is before start "10:45"');
	// The problem is the organizer's file, so nothing points into Lectern's code.
	expect(run.stdout + run.stderr).not.toMatch(/Stack trace|Location:|src\/loading\//);
	expect(existsSync(join(outDir, 'index.html'))).toBe(false);
}, 60_000);
