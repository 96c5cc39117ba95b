/**
 * `npm run new:event -- <series> <year>`: scaffolds the next edition of a series from its
 * latest one, and says what to edit next. Never overwrites an existing edition.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readContentFiles } from '../src/loading/content-files.ts';
import { defaultContentDir, shownPath } from '../src/loading/content-dir.ts';
import { scaffoldEdition, type Edition } from '../src/organizer/scaffold.ts';

const [seriesId, yearText] = process.argv.slice(2);
if (!seriesId || !yearText) {
	console.error('Usage: npm run new:event -- <series> <year>   e.g. npm run new:event -- item 2027');
	process.exit(1);
}

const contentDir = defaultContentDir();
// From any event's folder: all are two levels below the content folder.
const schemasDir = relative(join(contentDir, 'events', 'edition'), join(import.meta.dirname, '../public/schemas'));
const { files } = readContentFiles(contentDir);
const editions = files.filter((file) => file.kind === 'event').map((file) => ({ id: file.id, data: file.data }) as Edition);
const result = scaffoldEdition(
	files.filter((file) => file.kind === 'series').map((file) => file.id),
	editions,
	seriesId,
	Number(yearText),
	editions.map((edition) => edition.id),
	{ contentDir: shownPath(contentDir), schemasDir },
);
if (!result.ok) {
	console.error(result.message);
	process.exit(1);
}
for (const [path, text] of Object.entries(result.scaffold.files)) {
	const target = join(contentDir, path);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, text, { flag: 'wx' });
	console.log(`created ${shownPath(target)}`);
}
console.log(`\nNext:\n${result.scaffold.nextSteps.map((step) => `  - ${step}`).join('\n')}`);
