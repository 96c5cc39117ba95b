import { contrastRatio, formatRatio, minimumContrast, mix, parseHex, passingShade, toHex, worstContrast, type Rgb } from './contrast.ts';

/**
 * The organizer's accent colours as the site wears them. The accent colours links on every
 * surface of the page, and the current menu entry is the page's own background colour on the
 * accent: the one pair of colours, so one contrast check covers both uses.
 */

export type ColourScheme = 'light' | 'dark';

/**
 * The surfaces accent-coloured text sits on in each scheme: page, header and keynote background
 * (`--bg`, `--bg-soft`, `--keynote-soft` in src/styles/global.css; a test keeps the two in step).
 * The first is the page background, which is also the text colour on an accent background.
 */
export const surfaces: Record<ColourScheme, readonly string[]> = {
	light: ['#ffffff', '#f5f6f8', '#fff1e0'],
	dark: ['#121418', '#1c1f26', '#33240f'],
};

/** Lectern's own accents, used where the organizer sets none (`--accent` in global.css). */
export const defaultAccent: Record<ColourScheme, string> = { light: '#0b57a4', dark: '#8cc2ff' };

const rgbSurfaces = (scheme: ColourScheme) => surfaces[scheme].map((colour) => parseHex(colour)!);

/**
 * Why an accent colour is refused in a scheme, with a shade that passes; `undefined` when it
 * reaches WCAG AA (4.5:1) against every surface.
 */
export function accentProblem(colour: string, scheme: ColourScheme): string | undefined {
	const rgb = parseHex(colour);
	if (!rgb) return undefined;
	const { ratio, surface } = worstContrast(rgb, rgbSurfaces(scheme));
	if (ratio >= minimumContrast) return undefined;
	const shade = passingShade(rgb, rgbSurfaces(scheme), scheme === 'dark');
	const where = surface === rgbSurfaces(scheme)[0] ? 'the page background' : 'a shaded background';
	return (
		`has a contrast of only ${formatRatio(ratio)} with ${where} (${toHex(surface)}) in ${scheme} mode, ` +
		`where it colours links and carries text; WCAG AA needs ${minimumContrast}:1` +
		(shade ? `: a ${scheme === 'dark' ? 'lighter' : 'darker'} shade such as "${toHex(shade)}" passes` : '')
	);
}

/** The custom properties one accent sets: the colour, and a soft tint of it for buttons. */
function accentProperties(colour: string, scheme: ColourScheme): string {
	const rgb = parseHex(colour)!;
	const page = rgbSurfaces(scheme)[0]!;
	const soft: Rgb = mix(rgb, page, scheme === 'dark' ? 0.82 : 0.88);
	return `--accent:${toHex(rgb)};--accent-soft:${toHex(soft)};`;
}

/** A part of the site with its own accents: the site itself (no key), or a series or event. */
export interface Themed {
	/** The `data-theme` value of the pages that wear it, e.g. `series-tinyml`; none for the site. */
	key?: string;
	/** Both schemes: the model fills a missing one from the series, the site or the default. */
	accent: Record<ColourScheme, string>;
}

/**
 * The stylesheet of the organizer's colours: the site's accents on `:root`, each series' and
 * event's on `[data-theme]`. A file of its own, because the Content-Security-Policy allows no
 * inline styles.
 */
export function themeCss(themes: readonly Themed[]): string {
	const rules: Record<ColourScheme, string[]> = { light: [], dark: [] };
	for (const theme of themes) {
		// `:root:root` outranks global.css's `:root` whatever the order of the sheets; a series' or
		// event's accents sit on <body>, whose descendants inherit them in place of the site's.
		const selector = theme.key ? `[data-theme="${theme.key}"]` : ':root:root';
		for (const scheme of ['light', 'dark'] as const) {
			rules[scheme].push(`${selector}{${accentProperties(theme.accent[scheme], scheme)}}`);
		}
	}
	return `${rules.light.join('\n')}\n@media (prefers-color-scheme: dark){\n${rules.dark.join('\n')}\n}\n`;
}

/** Contrast of two `#rrggbb` colours, for tests and messages. */
export const contrastOf = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!);
