import { stringify } from 'yaml';

/** Content YAML as organizers write it: dates and times in quotes, lines kept readable. */
export function toContentYaml(value: unknown): string {
	return stringify(value, { lineWidth: 100 }).replace(
		/^(\s*(?:- )?(?:start|end|date|time): )(\d{4}-\d{2}-\d{2}|\d{2}:\d{2}(?:\+1)?)$/gm,
		'$1"$2"',
	);
}
