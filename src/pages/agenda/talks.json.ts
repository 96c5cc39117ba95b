import type { APIRoute } from 'astro';
import { agendaEntries } from '../../lib/agenda.ts';
import { getModel } from '../../site-model.ts';
import { link } from '../../utils/link.ts';

/** The scheduled talks of all events, for the personal agenda page (which runs in the browser). */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(agendaEntries(getModel().talks, link)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
