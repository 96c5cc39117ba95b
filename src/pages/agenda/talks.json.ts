import type { APIRoute } from 'astro';
import { agendaEntries } from '../../exports/agenda.ts';
import { getModel } from '../../site/get-model.ts';
import { link } from '../../site/link.ts';

/** The scheduled talks of all events, for the personal agenda page (which runs in the browser). */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(agendaEntries(getModel().talks, link)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
