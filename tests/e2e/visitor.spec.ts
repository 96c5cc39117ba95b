import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a visitor finds a talk by a speaker, opens it, and sees the speaker across events', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto('./');
	expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

	await page.getByRole('searchbox', { name: 'Search talks, people and events' }).fill('Benini');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByText(/results? for “Benini”/)).toBeVisible();

	await page.getByRole('link', { name: 'Extreme Edge AI on Open Hardware' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Extreme Edge AI on Open Hardware');
	await expect(page.getByRole('link', { name: 'Luca Benini' })).toBeVisible();

	await page.getByRole('link', { name: 'Luca Benini' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luca Benini');
	const roles = page.getByRole('region', { name: 'Roles at events' });
	await expect(roles.getByRole('link', { name: 'ITEM 2020' })).toBeVisible();
	await expect(roles.getByRole('link', { name: 'AccML 2020' })).toBeVisible();
	await expect(roles.getByRole('link', { name: 'From Near-Sensor to In-Sensor AI' })).toBeVisible();
	await expect(roles.getByRole('link', { name: 'Leveraging Automated Mixed-Low-Precision Quantization for tiny edge microcontrollers' })).toBeVisible();
	// Each talk once on the page, with the opening of its abstract under the role.
	await expect(page.getByRole('link', { name: 'From Near-Sensor to In-Sensor AI' })).toHaveCount(1);
	await expect(roles.getByRole('listitem').filter({ hasText: 'Keynote: From Near-Sensor to In-Sensor AI' })).toContainText('Edge Artificial Intelligence is the new megatrend');
});

test('search finds talks by title, with their speakers, and people by affiliation, and filters by kind', async ({ page }) => {
	await page.goto('search/?q=Brevitas');
	await expect(page.getByRole('link', { name: 'Brevitas: Quantization-aware Training in PyTorch' })).toBeVisible();
	await expect(page.getByText('talk · WEML 2019/20 · 13 Feb 2020 · Nicholas Fraser', { exact: true })).toBeVisible();

	// An affiliation keeps its commas.
	await page.goto('search/?q=Fröning');
	await expect(page.getByText('person · Heidelberg University, Germany', { exact: true })).toBeVisible();

	await page.goto('search/?q=Nebraska');
	await expect(page.getByRole('link', { name: 'Arman Roohi' })).toBeVisible();
	await expect(page.getByLabel('Kind').locator('option')).toContainText(['Any kind', 'Event', 'Page', 'Person', 'Talk']);
	await page.getByLabel('Kind').selectOption('talk');
	await expect(page.getByRole('link', { name: 'Arman Roohi' })).toHaveCount(0);
	// The filter is in the address, so a reload or a shared link searches the same.
	await expect(page).toHaveURL(/[?&]kind=talk/);
	await page.reload();
	await expect(page.getByLabel('Kind')).toHaveValue('talk');
	await expect(page.getByRole('link', { name: 'Arman Roohi' })).toHaveCount(0);
});

test('on a phone, each search filter shows its name above its menu', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('search/?q=Benini');
	for (const name of ['Kind', 'Series', 'Event', 'Year']) {
		const menu = page.getByRole('combobox', { name, exact: true });
		const label = menu.locator('xpath=ancestor::label');
		const [labelBox, menuBox] = [await label.boundingBox(), await menu.boundingBox()];
		expect(Math.round(menuBox!.x), name).toBe(Math.round(labelBox!.x));
		expect(menuBox!.y, name).toBeGreaterThan(labelBox!.y + 10);
	}
});

test('text typed in the search box before its script has loaded is kept and searched', async ({ page }) => {
	// Hold the page's scripts back, as a slow phone would, while the visitor types.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_astro/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('search/', { waitUntil: 'commit' });
	const box = page.getByRole('searchbox', { name: 'Search talks, speakers, affiliations and events' });
	await box.fill('Benini');
	release();
	await page.waitForLoadState('load');
	await expect(box).toHaveValue('Benini');
	await box.press('Enter');
	await expect(page.getByText(/results? for “Benini”/)).toBeVisible();
});

test.describe('search without a connection', () => {
	// The service worker would answer from its cache; here the network alone decides.
	test.use({ serviceWorkers: 'block' });

	test('shows the results whose text it can fetch and says how many it cannot', async ({ page }) => {
		let fragments = 0;
		await page.route('**/pagefind/fragment/**', (route) => (fragments++ === 0 ? route.abort('internetdisconnected') : route.continue()));
		await page.goto('search/?q=Benini');
		const status = page.getByText(/^\d+ results for “Benini”\. 1 of them cannot be shown without a connection\.$/);
		await expect(status).toBeVisible();
		const total = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
		await expect(page.locator('[data-search-results] > li')).toHaveCount(Math.min(total, 20) - 1);
	});
});

test('search finds an organizer\'s page by its words, and filters pages by kind', async ({ page }) => {
	await page.goto('search/?q=contributions');
	await expect(page.getByRole('link', { name: 'Call for contributions' })).toBeVisible();
	await page.getByLabel('Kind').selectOption('page');
	await expect(page.getByRole('link', { name: 'Call for contributions' })).toBeVisible();
	await page.getByRole('link', { name: 'Call for contributions' }).click();
	await expect(page).toHaveURL(/\/events\/accml-2020\/call-for-contributions\/$/);
	await expect(page.getByRole('navigation', { name: 'AccML 2020 pages' }).getByRole('link', { name: 'Call for contributions' })).toHaveAttribute('aria-current', 'page');
});

test('the words of a talk find that talk, not the pages of its speakers or of the talks beside it', async ({ page }) => {
	await page.goto('search/?q=Brevitas');
	await expect(page.getByText('1 result for “Brevitas”.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Brevitas: Quantization-aware Training in PyTorch' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Nicholas Fraser' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'An Intro To Neural Networks for Graph-Structured Data' })).toHaveCount(0);
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the programme reads top to bottom without sideways scrolling', async ({ page }) => {
		await page.goto('events/item-2020/programme/');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const keynote = page.locator('.session--keynote').first();
		await expect(keynote).toContainText('09:10–09:55 CEST');
		await expect(keynote.getByRole('link', { name: 'From Near-Sensor to In-Sensor AI' })).toBeVisible();
		const times = await page.locator('.session .time-range time:first-child').allTextContents();
		expect(times).toEqual([...times].sort());
	});

	test('the header leaves the screen to the page: the menu in a row, search one tap away', async ({ page }) => {
		const header = page.getByRole('banner');
		// Every page of the menu marks itself in it, which must not push an entry onto a second row.
		for (const path of ['', 'talks/', 'people/', 'agenda/', 'about/', 'events/item-2020/programme/']) {
			await page.goto(path);
			expect((await header.boundingBox())!.height, path).toBeLessThanOrEqual(110);
			await expect(header.getByRole('searchbox')).toBeHidden();
			const menu = await header.getByRole('navigation', { name: 'Main' }).getByRole('listitem').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
			expect(new Set(menu).size, `menu entries on one row on /${path}`).toBe(1);
		}

		await header.getByRole('link', { name: 'Search' }).click();
		await page.getByRole('searchbox', { name: 'Search talks, speakers, affiliations and events' }).fill('Benini');
		await page.keyboard.press('Enter');
		await expect(page.getByText(/results? for “Benini”/)).toBeVisible();
	});
});

test('keyboard users skip to the content and reach the search box', async ({ page }) => {
	await page.goto('events/tinyml-2023/programme/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	let reachedSearch = false;
	await page.goto('events/tinyml-2023/programme/');
	for (let i = 0; i < 10 && !reachedSearch; i++) {
		await page.keyboard.press('Tab');
		reachedSearch = await page.getByRole('searchbox').evaluate((el) => el === document.activeElement);
	}
	expect(reachedSearch).toBe(true);
	await page.keyboard.type('MEMA');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('link', { name: /MEMA Runtime Framework/ })).toBeVisible();
});

test('the people index filters as you type', async ({ page }) => {
	await page.goto('people/');
	await page.getByLabel('Filter by name or affiliation').fill('heidelberg');
	await expect(page.getByText(/^\d+ of \d+ shown$/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Holger Fröning' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Luca Benini' })).toBeHidden();

	// Back from a person's page, the words are still in the box and the list still filtered by them.
	await page.getByRole('link', { name: 'Holger Fröning' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Holger Fröning' })).toBeVisible();
	await page.goBack();
	await expect(page.getByLabel('Filter by name or affiliation')).toHaveValue('heidelberg');
	await expect(page.getByRole('link', { name: 'Luca Benini' })).toBeHidden();
	await expect(page.getByText(/^\d+ of \d+ shown$/)).toBeVisible();

	// Accents and case aside: a phone keyboard gives "froning".
	await page.getByLabel('Filter by name or affiliation').fill('froning');
	await expect(page.getByRole('link', { name: 'Holger Fröning' })).toBeVisible();
	await expect(page.getByText('1 of', { exact: false })).toBeVisible();
});

test('the talks index sorts by title and back by event', async ({ page }) => {
	await page.goto('talks/');
	await page.getByLabel('Sort by').selectOption('title');
	const sorted = page.getByRole('region', { name: 'Talks by title' }).getByRole('listitem');
	const titles = await sorted.locator('a').allTextContents();
	expect(titles.length).toBeGreaterThan(50);
	expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));

	// Back from a talk, the list is in the order the visitor chose.
	await sorted.first().locator('a').click();
	await expect(page).toHaveURL(/\/talks\/[^/]+\/$/);
	await page.goBack();
	await expect(page.getByLabel('Sort by')).toHaveValue('title');
	await expect(page.getByRole('region', { name: 'Talks by title' })).toBeVisible();
	await expect(sorted.first().locator('a')).toHaveText(titles[0]!);

	await page.getByLabel('Sort by').selectOption('grouped');
	await expect(page.getByRole('heading', { name: /ITEM 2020/ })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Talks by title' })).toBeHidden();
});

test('an online event page says where it was hosted from and on which platform, once each', async ({ page }) => {
	const where = async (path: string) => {
		await page.goto(path);
		return page.locator('.facts dt:text-is("Where") + dd').innerText();
	};
	expect(await where('events/odiw-2021/')).toBe('Online: MLSys 2021 virtual conference platform');
	expect((await where('events/item-2020/')).split('\n')).toEqual(['Hosted from Ghent, Belgium', 'Online: Zoom, with details in Whova (see the main conference)']);
});

test("a person's roles name what they did and where, without saying a session's title twice", async ({ page }) => {
	await page.goto('people/holger-froning/');
	const roles = await page.getByRole('region', { name: 'Roles at events' }).getByRole('listitem').allInnerTexts();
	expect(roles).toContain('Opening: Introduction');
	expect(roles).toContain('Closing: Closing Remarks');
	expect(roles.filter((role) => role.split(': ')[0] === role.split(': ')[1])).toEqual([]);
});

test('the talks index names an untitled talk by its kind and speakers once', async ({ page }) => {
	await page.goto('talks/');
	const row = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
	await expect(row('Keynote — Alex Jones')).toHaveText('Keynote — Alex Jones');
	await expect(row('MCUNet: TinyNAS and TinyEngine on Microcontrollers')).toHaveText('MCUNet: TinyNAS and TinyEngine on Microcontrollers · Keynote · Song Han');
});

test('an event without a programme still offers its calendar: its days and dates', async ({ page }) => {
	await page.goto('events/tinyml-2024/');
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Add to calendar' }).click();
	const text = readFileSync(await (await download).path(), 'utf8');
	expect(text).toContain('UID:tinyml-2024@');
	expect(text).toContain('SUMMARY:tinyML 2024');
});

test('a joint presentation links the talk it shares its slot with, both ways', async ({ page }) => {
	await page.goto('events/item-2020/talks/hxtorch/');
	await page.getByRole('link', { name: 'Inference with Artificial Neural Networks on Analog Neuromorphic Hardware', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inference with Artificial Neural Networks on Analog Neuromorphic Hardware');
	await expect(page.getByRole('link', { name: 'hxtorch: PyTorch for BrainScaleS-2 — Perceptrons on Analog Neuromorphic Hardware', exact: true })).toBeVisible();
});

test('the search page puts the cursor in its box, ready to type', async ({ page }) => {
	await page.goto('search/');
	await expect(page.getByLabel('Search talks, speakers, affiliations and events')).toBeFocused();
});
