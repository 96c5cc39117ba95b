// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { freshPages } from './src/integrations/fresh-pages.ts';
import { pagefind } from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH let CI deploy under any host and sub-path (see README, "Deploy").
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://lectern.example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// Content comes in through the content layer: src/content.config.ts.
	integrations: [freshPages(), mdx(), sitemap(), pagefind()],
	// Scripts as files, never inlined: the Content-Security-Policy then needs no 'unsafe-inline'.
	vite: { build: { assetsInlineLimit: 0 } },
});
