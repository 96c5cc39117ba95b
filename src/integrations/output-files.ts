import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * Every file below a folder, relative to it with forward slashes, sorted: the same order on every
 * machine. A `.git` folder (a deploy branch checked out in the output) is not part of the site.
 */
export function listFiles(dir: string): string[] {
	const root = dir.replace(/[\\/]+$/, '');
	// Sliced rather than path.relative(), which took a third to a half of the listing's time at 22,700 files.
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => (entry.parentPath === root ? entry.name : `${entry.parentPath.slice(root.length + 1)}/${entry.name}`).replaceAll(sep, '/'))
		.filter((file) => file !== '.git' && !file.startsWith('.git/'))
		.sort();
}
