import type { APIRoute } from 'astro';
import { hasGrid, programmeCss } from '../../../model/grid.ts';
import type { Event } from '../../../model/model.ts';
import { getModel } from '../../../site/get-model.ts';
import { eventFilePaths } from '../../../site/page-keys.ts';

/**
 * The placements of a programme's grid (src/model/grid.ts) as a stylesheet of its own: the site's
 * policy allows styles only from files, never `style=""`. Only for events with parallel rooms.
 */
export const getStaticPaths = () => eventFilePaths(getModel(), hasGrid);

export const GET: APIRoute<{ event: Event }> = ({ props }) => new Response(programmeCss(props.event), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
