/**
 * `npm run check`: validates all content and prints every problem, one line each.
 * Exits 1 when there is any, so CI and the build stop before publishing.
 */
import { loadContent } from '../src/loading/load.ts';
import { formatIssue } from '../src/loading/issues.ts';

// Without rendering Markdown: the check needs what breaks the model, not its HTML.
const result = loadContent(undefined, undefined, { render: false });
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
