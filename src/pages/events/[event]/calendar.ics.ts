import type { APIRoute } from 'astro';
import { eventCalendar } from '../../../exports/ics.ts';
import type { Event } from '../../../model/model.ts';
import { getModel } from '../../../site/get-model.ts';
import { eventFilePaths } from '../../../site/page-keys.ts';
import { siteContext } from '../../../site/link.ts';

export const getStaticPaths = () => eventFilePaths(getModel());

export const GET: APIRoute<{ event: Event }> = ({ props, site }) =>
	new Response(eventCalendar(props.event, siteContext(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
