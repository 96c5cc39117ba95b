import { expect, test } from '@playwright/test';
import { loadModel } from '../../src/loading/load.ts';

test('lists every event on the home page', async ({ page }) => {
	const model = loadModel();
	await page.goto('./');
	for (const event of model.events) {
		await expect(page.getByText(event.shortTitle, { exact: true }).first()).toBeVisible();
	}
});
