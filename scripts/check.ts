/**
 * `npm run check`: validates all content and prints every problem, one line each.
 * Exits 1 when there is any, so CI and the build stop before publishing.
 */
import { enableCompileCache } from 'node:module';

// The check runs before every build and on every save: Node keeps its compiled code of the
// modules below between runs (in the system's temporary folder), which halves the start-up.
// Imported after, as static imports would load before the cache is on.
enableCompileCache();
const { loadContent } = await import('../src/loading/load.ts');
const { ContentCache } = await import('../src/loading/content-cache.ts');
const { defaultCacheDir } = await import('../src/loading/content-dir.ts');
const { formatIssue } = await import('../src/loading/issues.ts');

// Files unchanged since the last check or build are not read again (the cache the build keeps too).
const cache = ContentCache.inFolder(defaultCacheDir());
// Without rendering Markdown: the check needs what breaks the model, not its HTML.
const result = loadContent(undefined, undefined, { render: false, cache });
cache.save();
if (result.ok) {
	const { events, talks, people, series } = result.model;
	console.log(
		`Content is valid: ${series.length} series, ${events.length} events, ${talks.length} talks, ${people.length} people.`,
	);
} else {
	for (const issue of result.issues) console.error(formatIssue(issue));
	console.error(`\n${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} found; nothing was built.`);
	process.exitCode = 1;
}
