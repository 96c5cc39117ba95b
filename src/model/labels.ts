import type { committeeRoles, eventFormats, importantDateKinds } from '../schemas/event.ts';
import type { sessionKinds, talkKinds } from '../schemas/programme.ts';
import type { relationKinds } from '../schemas/series.ts';
import type { sponsorTiers } from '../schemas/sponsor.ts';

/** Words the site prints for the content format's fixed values, in one place. */

export type SessionKind = (typeof sessionKinds)[number];
export type TalkKind = (typeof talkKinds)[number];
export type CommitteeRole = (typeof committeeRoles)[number];
export type EventFormat = (typeof eventFormats)[number];
export type RelationKind = (typeof relationKinds)[number];
export type ImportantDateKind = (typeof importantDateKinds)[number];

export const sessionKindLabels: Record<SessionKind, string> = {
	registration: 'Registration',
	opening: 'Opening',
	keynote: 'Keynote',
	invited: 'Invited talks',
	papers: 'Paper session',
	'short-papers': 'Short papers',
	tutorial: 'Tutorial',
	panel: 'Panel',
	posters: 'Posters',
	break: 'Break',
	meal: 'Meal break',
	closing: 'Closing',
	other: 'Session',
};

export const talkKindLabels: Record<TalkKind, string> = {
	keynote: 'Keynote',
	invited: 'Invited talk',
	paper: 'Paper',
	'short-paper': 'Short paper',
	tutorial: 'Tutorial',
	panel: 'Panel',
	remarks: 'Remarks',
	talk: 'Talk',
};

/** The talk kind a session's talks have unless they say otherwise. */
export const defaultTalkKind: Record<SessionKind, TalkKind> = {
	registration: 'talk',
	opening: 'remarks',
	keynote: 'keynote',
	invited: 'invited',
	papers: 'paper',
	'short-papers': 'short-paper',
	tutorial: 'tutorial',
	panel: 'panel',
	posters: 'paper',
	break: 'talk',
	meal: 'talk',
	closing: 'remarks',
	other: 'talk',
};

export const committeeRoleLabels: Record<CommitteeRole, string> = {
	organizers: 'Organizers',
	'general-chairs': 'General Chairs',
	'program-chairs': 'Program Chairs',
	'steering-committee': 'Steering Committee',
	'publications-chairs': 'Publications Chair',
	'publicity-chairs': 'Publicity Chair',
	'local-chairs': 'Local Chairs',
	'program-committee': 'Program Committee',
};

export const formatLabels: Record<EventFormat, string> = {
	'in-person': 'In person',
	virtual: 'Virtual',
	hybrid: 'Hybrid (in person and online)',
};

export const relationLabels: Record<RelationKind, string> = {
	'counterpart-of': 'Counterpart of',
	'successor-of': 'Builds on',
	'predecessor-of': 'Continued by',
	'related-to': 'Related to',
};

/** Session kinds that are pauses in the programme rather than content. */
export const pauseKinds: ReadonlySet<SessionKind> = new Set(['break', 'meal', 'registration']);

/** Headings of the sponsor tiers, highest first. */
export const sponsorTierLabels: Record<(typeof sponsorTiers)[number], string> = {
	platinum: 'Platinum sponsors',
	gold: 'Gold sponsors',
	silver: 'Silver sponsors',
	bronze: 'Bronze sponsors',
	partner: 'Partners',
	supporter: 'Supporters',
};
