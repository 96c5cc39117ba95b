// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { headers } from './src/integrations/headers.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefind } from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH let CI deploy under any host and sub-path (see README, "Deploy").
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://lectern.example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// offline() last: its service worker lists the files the others wrote, the search index included.
	integrations: [contentCheck(), mdx(), sitemap(), headers(), pagefind(), offline()],
	// Scripts as files, never inlined: the Content-Security-Policy then needs no 'unsafe-inline'.
	vite: { build: { assetsInlineLimit: 0 } },
});
