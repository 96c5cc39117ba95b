import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { svgProblem } from './svg.ts';

/**
 * Images from the content folder (logos, sponsors' logos, photos): what `npm run check` requires
 * of them before Astro turns them into sized, modern-format files. The check reads only each
 * file's header, synchronously, with image-size (no native code, no dependencies), so it runs in
 * the same plain Node pass as every other content rule.
 */

/** Formats the site publishes, by file extension. */
export const imageFormats = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif'] as const;

/** The largest file the check lets through: larger ones slow every build and are rarely needed. */
export const maxImageBytes = 2 * 1024 * 1024;

/** The largest width or height in pixels of a raster image (an SVG scales without limit). */
export const maxImagePixels = 4000;

/** What the check learned about an image file, or why it refuses it. */
export type ImageCheck = { ok: true; width: number; height: number; format: string } | { ok: false; reason: string };

const formatNames: Record<string, string> = { svg: 'SVG', png: 'PNG', jpg: 'JPEG', jpeg: 'JPEG', webp: 'WebP', avif: 'AVIF' };
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checks the image at `src`, a path inside `contentDir` that the schema has already accepted. */
export function checkImageFile(contentDir: string, src: string): ImageCheck {
	const path = join(contentDir, src);
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) return { ok: false, reason: 'is a folder, not an image file' };
		size = stat.size;
	} catch {
		return { ok: false, reason: 'does not exist; put the image in the content folder and give its path from there, e.g. "images/logo.svg"' };
	}
	if (size > maxImageBytes) {
		return { ok: false, reason: `is ${megabytes(size)}; images may be at most ${megabytes(maxImageBytes)}: save it smaller (the build makes every size the site needs)` };
	}
	const extension = src.slice(src.lastIndexOf('.') + 1).toLowerCase();
	const expected = extension === 'jpeg' ? 'jpg' : extension;
	const bytes = readFileSync(path);
	let found: ReturnType<typeof imageSize> | undefined;
	try {
		found = imageSize(bytes);
	} catch {
		found = undefined;
	}
	if (!found?.type || !found.width || !found.height) {
		return { ok: false, reason: `cannot be read as ${formatNames[extension] ?? 'an'} image; save it again as SVG, PNG, JPEG, WebP or AVIF` };
	}
	const type = found.type === 'jpeg' ? 'jpg' : found.type;
	if (type !== expected) {
		return { ok: false, reason: `is named .${extension} but holds ${formatNames[type] ?? type.toUpperCase()} data; save it as ${formatNames[extension]} or rename it` };
	}
	if (type === 'svg') {
		const problem = svgProblem(bytes);
		if (problem) return { ok: false, reason: problem };
	}
	if (type !== 'svg' && (found.width > maxImagePixels || found.height > maxImagePixels)) {
		return {
			ok: false,
			reason: `is ${found.width}×${found.height} pixels; images may be at most ${maxImagePixels} pixels wide and high: scale it down`,
		};
	}
	return { ok: true, width: found.width, height: found.height, format: type };
}

/** An image a content file uses: where in the file, and the path it gives. */
export interface ImageUse {
	path: PropertyKey[];
	src: string;
}

type WithImages = {
	logo?: { src: string };
	favicon?: { src: string };
	socialImage?: { src: string };
	photo?: { src: string };
	sponsors?: ReadonlyArray<{ logo?: { src: string } }>;
};

/** Every image a validated content file uses: logos, favicon, social image, photo, sponsors' logos. */
export function imageUses(data: WithImages): ImageUse[] {
	const uses: ImageUse[] = [];
	for (const field of ['logo', 'favicon', 'socialImage', 'photo'] as const) {
		const image = data[field];
		if (image) uses.push({ path: [field, 'src'], src: image.src });
	}
	data.sponsors?.forEach((sponsor, index) => {
		if (sponsor.logo) uses.push({ path: ['sponsors', index, 'logo', 'src'], src: sponsor.logo.src });
	});
	return uses;
}
