/**
 * `npm run import:schedule -- <schedule.json> <event-id>`: imports a pretalx or frab schedule
 * into an existing Lectern event (create it first with `npm run new:event`), writing its
 * programme.yaml and a file for each new speaker, then checks the result.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readContentFiles } from '../src/loading/content-files.ts';
import { importFrab, type FrabScheduleIn } from '../src/organizer/import-frab.ts';
import { formatIssue } from '../src/loading/issues.ts';
import { defaultContentDir, shownPath } from '../src/loading/content-dir.ts';
import { loadContent } from '../src/loading/load.ts';

const [source, eventId] = process.argv.slice(2);
if (!source || !eventId) {
	console.error('Usage: npm run import:schedule -- <path to schedule.json> <event-id>');
	process.exit(1);
}
const contentDir = defaultContentDir();
const eventFile = join(contentDir, 'events', eventId, 'event.yaml');
const programmeFile = join(contentDir, 'events', eventId, 'programme.yaml');
if (!existsSync(eventFile)) {
	console.error(`There is no event "${eventId}": create it first, e.g. npm run new:event -- <series> <year>, then import into it.`);
	process.exit(1);
}
if (existsSync(programmeFile) && (parse(readFileSync(programmeFile, 'utf8'))?.days ?? []).length > 0) {
	console.error(`${shownPath(programmeFile)} already has a programme; the import will not overwrite it.`);
	process.exit(1);
}
const zone = (parse(readFileSync(eventFile, 'utf8')) as { timezone?: string }).timezone;
if (!zone) {
	console.error(`${shownPath(eventFile)} has no timezone; add one so times can be placed.`);
	process.exit(1);
}
const people = readContentFiles(contentDir)
	.files.filter((file) => file.kind === 'person')
	.map((file) => ({ id: file.id, name: String((file.data as { name?: unknown }).name ?? '') }));
let result: ReturnType<typeof importFrab>;
try {
	result = importFrab(JSON.parse(readFileSync(source, 'utf8')) as FrabScheduleIn, zone, people);
} catch (error) {
	// A schedule from elsewhere may be anything: say what is wrong with it, not where Lectern stopped.
	console.error(`${shownPath(source)} cannot be imported: ${(error as Error).message}`);
	process.exit(1);
}
writeFileSync(programmeFile, result.programme);
for (const [id, text] of Object.entries(result.people)) writeFileSync(join(contentDir, 'people', `${id}.yaml`), text, { flag: 'wx' });
console.log(
	`Imported ${result.talkCount} talks into ${shownPath(programmeFile)}; ` +
		`${Object.keys(result.people).length} new people, ${result.matched.length} matched to people already here.`,
);
const check = loadContent(contentDir);
if (!check.ok) {
	console.error('\nThe imported programme needs these fixes before it can be published:');
	for (const issue of check.issues) console.error(formatIssue(issue));
	process.exitCode = 1;
}
