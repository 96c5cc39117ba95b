import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder a test makes (fixtures, builds, fuzzing) goes below
 * one folder per run, which is removed when the run ends, so runs leave nothing behind.
 */
export default function setup(): () => void {
	const dir = mkdtempSync(join(tmpdir(), 'lectern-tests-'));
	process.env.TMPDIR = dir;
	return () => rmSync(dir, { recursive: true, force: true });
}
