import type { z } from 'astro/zod';
import { componentPropsSchemas, type PageComponentName } from '../schemas/components.ts';
import { committeeRoleLabels, type CommitteeRole } from './labels.ts';
import type { Committee, Event, Model, Person } from './model.ts';

/**
 * What the page components (src/components/page/) share: their props validated against the
 * schemas `npm run check` uses, and ids resolved in the model. The check has reported every bad
 * id with its file and line before the build; these errors are the last guard, with the same
 * wording, for a page rendered without the check.
 */

/** The component's props, validated; throws a message naming the component and the fix. */
export function pageProps<Name extends PageComponentName>(name: Name, props: unknown): z.output<(typeof componentPropsSchemas)[Name]> {
	const result = (componentPropsSchemas[name] as z.ZodType).safeParse(props);
	if (!result.success) {
		const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`).join('; ');
		throw new Error(`<${name}> has invalid props (${detail}); see docs/pages.md`);
	}
	return result.data as z.output<(typeof componentPropsSchemas)[Name]>;
}

/** The event a component names, or the page's own event when it names none. */
export function eventFor(model: Model, name: PageComponentName, id: string | undefined, pageEvent: string | undefined): Event {
	const eventId = id ?? pageEvent;
	if (!eventId) throw new Error(`<${name}> needs event="…" on a site page; see docs/pages.md`);
	const event = model.eventById.get(eventId);
	if (!event) throw new Error(`<${name} event="${eventId}"> names an event that has no folder in content/events/`);
	return event;
}

/** A person by id. */
export function personFor(model: Model, id: string): Person {
	const person = model.personById.get(id);
	if (!person) throw new Error(`<PersonCard person="${id}"> names a person who has no file in content/people/`);
	return person;
}

/** The committees a `name` prop selects: the one it names, or all of them. */
export function committeesFor(event: Event, name: string | undefined): Committee[] {
	if (name === undefined) return event.committees;
	const found = event.committees.filter((committee) => committeeMatches(committee, name));
	if (found.length === 0) throw new Error(`<Committee name="${name}"> is not a committee of ${event.id}`);
	return found;
}

/** Whether a committee is the one a `name` prop means: its printed heading, its role or the role's name, in any case. */
export function committeeMatches(committee: { role: CommitteeRole; title?: string }, name: string): boolean {
	const wanted = name.trim().toLowerCase();
	return [committee.role, committee.title, committeeRoleLabels[committee.role]].some((candidate) => candidate?.toLowerCase() === wanted);
}
