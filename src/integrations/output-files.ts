import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file below a folder, relative to it with forward slashes, sorted: the same order on every
 * machine. A `.git` folder (a deploy branch checked out in the output) is not part of the site.
 */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => file !== '.git' && !file.startsWith('.git/'))
		.sort();
}
