import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

test('a visitor stars talks, sees them in time order on the agenda, shares it and downloads it', async ({ page, context }) => {
	await page.goto('events/tinyml-2023/programme/');
	await page.getByRole('button', { name: 'MEMA Runtime Framework: Minimizing External Memory Accesses for TinyML on Microcontrollers: in my agenda' }).click();
	await page.goto('events/item-2020/programme/');
	const star = page.getByRole('button', { name: 'MCUNet: TinyNAS and TinyEngine on Microcontrollers: in my agenda' });
	await star.click();
	await expect(star).toHaveAttribute('aria-pressed', 'true');

	await page.getByRole('link', { name: 'My agenda' }).click();
	const items = page.locator('[data-agenda-list] li');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText('MCUNet');
	// Each row has its day: the agenda spans events and years.
	await expect(items.nth(0)).toContainText(/Mon 14 Sept? 2020 13:25–14:10 CEST/);
	await expect(items.nth(1)).toContainText('MEMA Runtime Framework');
	await expect(items.nth(1)).toContainText('Mon 27 Mar 2023 15:00–16:20 PDT');

	const share = await page.getByRole('link', { name: 'Link to share this agenda' }).getAttribute('href');
	expect(share).toContain('?talks=item-2020/mcunet,tinyml-2023/mema');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as calendar (.ics)' }).click();
	const calendar = new ICAL.Component(ICAL.parse(readFileSync(await (await download).path(), 'utf8')));
	const starts = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
	expect(starts).toEqual(['2020-09-14T11:25:00.000Z', '2023-03-27T22:00:00.000Z']);

	const other = await context.browser()!.newPage();
	await other.goto(share!);
	await expect(other.locator('[data-agenda-list] li')).toHaveCount(2);
	await expect(other.getByText('2 talks in this shared agenda, in time order.')).toBeVisible();
});

test("a shared agenda is added to the visitor's own, and a talk can be removed from the agenda page", async ({ page }) => {
	await page.goto('events/weml-2020/programme/');
	await page.getByRole('button', { name: 'Brevitas: Quantization-aware Training in PyTorch: in my agenda' }).click();
	await page.goto('agenda/?talks=item-2020/mcunet');
	await page.getByRole('button', { name: 'Add these to my agenda' }).click();
	await expect(page.getByRole('button', { name: 'Added to my agenda' })).toBeVisible();

	await page.goto('agenda/');
	const items = page.locator('[data-agenda-list] li');
	await expect(items).toHaveCount(2);
	await expect(page.getByText('2 talks in your agenda, in time order.')).toBeVisible();
	await page.getByRole('button', { name: 'Remove “Brevitas: Quantization-aware Training in PyTorch” from my agenda' }).click();
	await expect(items).toHaveCount(1);
	await expect(page.getByText('1 talk in your agenda, in time order.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Link to share this agenda' })).toHaveAttribute('href', /\?talks=item-2020\/mcunet$/);
	await page.reload();
	await expect(items).toHaveCount(1);
	await expect(items.first()).toContainText('MCUNet');
});

test('an empty agenda says how to fill it', async ({ page }) => {
	await page.goto('agenda/');
	await expect(page.getByText('Your agenda is empty. Star talks on a programme page to add them.')).toBeVisible();
});
