import { test } from '@playwright/test';
import { expectNoAxeViolations, expectNoRunTogetherWords, expectNoSidewaysScroll } from './support.ts';

// One page of every type, with the richest content the five workshops have.
const pages = {
	home: './',
	series: 'series/item/',
	event: 'events/accml-2020/',
	'event with summary': 'events/weml-2020/',
	programme: 'events/tinyml-2023/programme/',
	'event page (MDX)': 'events/item-2020/call-for-papers/',
	'site page (MDX)': 'about/',
	talk: 'events/item-2020/talks/mcunet/',
	person: 'people/luca-benini/',
	people: 'people/',
	talks: 'talks/',
	search: 'search/?q=quantization',
	'not found': '404.html',
};

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in ${scheme} mode`, () => {
		test.use({ colorScheme: scheme });
		for (const [name, path] of Object.entries(pages)) {
			test(`the ${name} page has no accessibility violations`, async ({ page }) => {
				await page.goto(path);
				if (path.startsWith('search')) await page.locator('[data-search-results] li').first().waitFor();
				await expectNoAxeViolations(page);
			});
		}
	});
}

for (const [name, path] of Object.entries(pages)) {
	test(`the ${name} page keeps a space between words where its template joins a text and an element`, async ({ page }) => {
		await page.goto(path);
		if (path.startsWith('search')) await page.locator('[data-search-results] li').first().waitFor();
		await expectNoRunTogetherWords(page);
	});
}

// WCAG 2.2 reflow (1.4.10): everything fits a 320 px wide screen without scrolling sideways.
test.describe('on a 320 px screen', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const [name, path] of Object.entries({ ...pages, 'event with a long web address': 'events/tinyml-2023/' })) {
		test(`the ${name} page does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			if (path.startsWith('search')) await page.locator('[data-search-results] li').first().waitFor();
			await expectNoSidewaysScroll(page);
		});
	}
});
