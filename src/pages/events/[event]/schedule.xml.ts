import type { APIRoute } from 'astro';
import { buildFrabSchedule, frabXml, hasSchedule } from '../../../exports/frab.ts';
import type { Event } from '../../../model/model.ts';
import { getModel } from '../../../site/get-model.ts';
import { eventFilePaths } from '../../../site/page-keys.ts';
import { siteContext } from '../../../site/link.ts';

export const getStaticPaths = () => eventFilePaths(getModel(), hasSchedule);

export const GET: APIRoute<{ event: Event }> = ({ props, site }) =>
	new Response(frabXml(buildFrabSchedule(props.event, siteContext(site).url)), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
