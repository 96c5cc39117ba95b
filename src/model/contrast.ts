/**
 * Colour contrast as WCAG 2 defines it, for the accent colours organizers choose: the check
 * refuses a colour that links (and the page colour on it) would not read well on, and proposes
 * the nearest shade that does.
 * @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 * @see https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */

/** WCAG AA for normal text (success criterion 1.4.3). */
export const minimumContrast = 4.5;

export type Rgb = readonly [number, number, number];

/** A colour written `#rgb` or `#rrggbb`, as 0–255 channels; `undefined` for anything else. */
export function parseHex(value: string): Rgb | undefined {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
	if (!match) return undefined;
	const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
	return [0, 2, 4].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16)) as unknown as Rgb;
}

/** `#rrggbb`, lowercase. */
export function toHex(rgb: Rgb): string {
	return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance of an sRGB colour, 0 for black to 1 for white. */
export function relativeLuminance([r, g, b]: Rgb): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		// WCAG 2.2 corrected the threshold to sRGB's 0.04045 (earlier versions printed 0.03928).
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
	const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}

/** A ratio as messages print it, rounded down so that "4.5:1" never hides a 4.49. */
export function formatRatio(ratio: number): string {
	return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** `colour` mixed with `toward` by `amount` (0 keeps the colour, 1 gives `toward`). */
export function mix(colour: Rgb, toward: Rgb, amount: number): Rgb {
	return colour.map((channel, index) => Math.round(channel + (toward[index]! - channel) * amount)) as unknown as Rgb;
}

/** The lowest contrast of `colour` against any of `surfaces`, and which surface gives it. */
export function worstContrast(colour: Rgb, surfaces: readonly Rgb[]): { ratio: number; surface: Rgb } {
	let worst = { ratio: Infinity, surface: surfaces[0]! };
	for (const surface of surfaces) {
		const ratio = contrastRatio(colour, surface);
		if (ratio < worst.ratio) worst = { ratio, surface };
	}
	return worst;
}

/**
 * The shade of `colour` nearest to it that reaches `minimum` against every surface: mixed with
 * black for light surfaces, with white for dark ones. `undefined` when even black or white fails.
 */
export function passingShade(colour: Rgb, surfaces: readonly Rgb[], dark: boolean, minimum = minimumContrast): Rgb | undefined {
	const toward: Rgb = dark ? [255, 255, 255] : [0, 0, 0];
	const passes = (candidate: Rgb) => worstContrast(candidate, surfaces).ratio >= minimum;
	if (passes(colour)) return colour;
	if (!passes(toward)) return undefined;
	let [low, high] = [0, 1];
	for (let step = 0; step < 20; step++) {
		const middle = (low + high) / 2;
		if (passes(mix(colour, toward, middle))) high = middle;
		else low = middle;
	}
	// Rounding to whole channels may land just short: step on until it passes.
	let amount = high;
	while (!passes(mix(colour, toward, amount)) && amount < 1) amount = Math.min(1, amount + 0.005);
	return mix(colour, toward, amount);
}
