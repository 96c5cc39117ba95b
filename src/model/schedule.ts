import type { Session } from './model.ts';

/**
 * Rows of sessions that run at the same time, for the programme grid: sessions overlapping in
 * time (in different rooms) share a row, in room order; a session alone in its time is a row
 * of one.
 */
export function parallelRows(sessions: readonly Session[]): Session[][] {
	const rows: Session[][] = [];
	let rowEnd = 0;
	for (const session of [...sessions].sort((a, b) => a.start.getTime() - b.start.getTime())) {
		const current = rows.at(-1);
		if (current && session.start.getTime() < rowEnd) {
			current.push(session);
			rowEnd = Math.max(rowEnd, session.end.getTime());
		} else {
			rows.push([session]);
			rowEnd = session.end.getTime();
		}
	}
	return rows.map((row) => row.sort((a, b) => (a.room ?? '').localeCompare(b.room ?? '')));
}
