import type { APIRoute } from 'astro';
import { themeCss } from '../model/theme.ts';
import { getModel } from '../site/get-model.ts';

/** The organizer's accent colours as a stylesheet of its own: the Content-Security-Policy forbids inline styles. */
export const GET: APIRoute = () => new Response(themeCss(getModel().themes), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
