import { addDays } from '../model/time.ts';

/**
 * Deterministic synthetic content at any size, for the scale benchmark: series, events of 50
 * talks over two days, and a pool of people who speak at many events. Same size, same files.
 */

const words = (
	'learning model edge device neural network quantization pruning memory energy accelerator ' +
	'compiler inference training sparse tiny embedded sensor latency hardware search efficient ' +
	'federated adaptive analog spiking transformer vision speech microcontroller runtime kernel'
).split(' ');

/** A small, seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const zones = ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London', 'America/New_York'];
const slots = ['09:00', '10:30', '12:45', '14:15', '15:45'];
const talksPerEvent = 50;

function clock(start: string, minutes: number): string {
	const [h, m] = start.split(':').map(Number) as [number, number];
	const total = h * 60 + m + minutes;
	return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function syntheticContent(talkCount: number): { files: Record<string, string>; talks: Array<{ title: string; abstract: string }> } {
	const next = random(talkCount);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const sentence = (length: number) => Array.from({ length }, () => pick(words)).join(' ');
	const files: Record<string, string> = {};
	const talks: Array<{ title: string; abstract: string }> = [];
	const seriesCount = 5;
	files['site.yaml'] = 'name: Synthetic Workshops\ndescription: Generated programmes for the scale benchmark.\n';
	for (let s = 0; s < seriesCount; s++) files[`series/series-${s}.yaml`] = `name: Synthetic Series ${s}\nshortName: SYN${s}\n`;
	const peopleCount = Math.max(20, Math.floor(talkCount * 0.4));
	for (let p = 0; p < peopleCount; p++) files[`people/person-${p}.yaml`] = `name: Person ${p} ${pick(words)}\n`;

	const eventCount = Math.ceil(talkCount / talksPerEvent);
	let made = 0;
	for (let e = 0; e < eventCount; e++) {
		const id = `syn-${e}`;
		const start = addDays('2021-01-04', e * 7);
		files[`events/${id}/event.yaml`] =
			`title: Synthetic Workshop ${e}\nshortTitle: SYN ${e}\nseries: series-${e % seriesCount}\nstart: "${start}"\nend: "${addDays(start, 1)}"\n` +
			`timezone: ${zones[e % zones.length]}\nformat: in-person\nvenue:\n  city: City ${e % 40}\n  country: Country ${e % 12}\n` +
			`about: |\n  ${sentence(60)}\ncommittees:\n  - role: program-committee\n    members: [${Array.from({ length: 8 }, (_, i) => `person-${(e * 8 + i) % peopleCount}`).join(', ')}]\n`;
		let programme = 'days:\n';
		for (const date of [start, addDays(start, 1)]) {
			programme += `  - date: "${date}"\n    sessions:\n`;
			for (const slot of slots) {
				programme += `      - start: "${slot}"\n        end: "${clock(slot, 75)}"\n        kind: papers\n        title: Session ${sentence(2)}\n        talks:\n`;
				for (let t = 0; t < 5 && made < talkCount; t++, made++) {
					const title = `${sentence(5)} ${made}`;
					const abstract = `${sentence(70)}.\n\n${sentence(50)}.`;
					talks.push({ title, abstract });
					const speakers = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => `person-${Math.floor(next() * peopleCount)}`))];
					programme +=
						`          - id: talk-${made}\n            title: ${title}\n            speakers: [${speakers.join(', ')}]\n` +
						`            start: "${clock(slot, t * 15)}"\n            end: "${clock(slot, t * 15 + 15)}"\n` +
						`            abstract: |\n              ${abstract.replace('\n\n', '\n\n              ')}\n`;
				}
			}
		}
		files[`events/${id}/programme.yaml`] = programme;
	}
	return { files, talks };
}
