import { describe, expect, it } from 'vitest';
import { rfc5545Problems } from '../support/rfc5545.ts';

/** A calendar of the given VEVENT lines, CRLF-terminated. */
const file = (...vevent: string[]) =>
	new TextEncoder().encode(
		[
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Test//EN',
			...(vevent.length ? ['BEGIN:VEVENT', 'UID:a@x', 'DTSTAMP:20240101T000000Z', ...vevent, 'END:VEVENT'] : []),
			'END:VCALENDAR',
			'',
		].join('\r\n'),
	);

describe('the strict RFC 5545 check the tests use', () => {
	it('accepts a valid calendar', () => {
		expect(rfc5545Problems(file('DTSTART;VALUE=DATE:20240610', 'DTEND;VALUE=DATE:20240612', 'SUMMARY:A\\, B\\; C\\\\ D\\nE'))).toEqual([]);
		expect(rfc5545Problems(file('DTSTART:20240610T071500Z', `DESCRIPTION:${'ä'.repeat(30)}\r\n ${'ä'.repeat(30)}`))).toEqual([]);
	});

	it('finds what the old calendars got wrong', () => {
		expect(rfc5545Problems(file())).toEqual(['line 1: VCALENDAR holds no component (RFC 5545 requires at least one)']);
		expect(rfc5545Problems(file('DTSTART:20240610T071500Z', 'DTEND:20240610T071500Z'))).toEqual(['line 8: DTEND 20240610T071500Z is not after DTSTART 20240610T071500Z']);
		expect(rfc5545Problems(file('DTSTART:20240610T071500Z', `DESCRIPTION:${'ä'.repeat(40)}`))).toEqual(['line 8: 92 octets, more than 75']);
	});

	it('finds a fold inside a character, bare line ends and broken structure', () => {
		const bytes = file('DTSTART:20240610T071500Z', 'SUMMARY:ä');
		const at = bytes.indexOf(0xc3);
		const split = new Uint8Array([...bytes.subarray(0, at + 1), 0x0d, 0x0a, 0x20, ...bytes.subarray(at + 1)]);
		expect(rfc5545Problems(split)).toEqual(expect.arrayContaining([expect.stringContaining('not valid UTF-8')]));
		expect(rfc5545Problems(new TextEncoder().encode('BEGIN:VCALENDAR\nVERSION:2.0\r\n'))).toEqual(
			expect.arrayContaining([expect.stringContaining('bare CR or LF'), expect.stringContaining('is never closed')]),
		);
		expect(rfc5545Problems(file('DTSTART;VALUE=DATE:20240610', 'DTEND:20240611T000000Z', 'DTSTART:20240610T000000Z', 'SUMMARY:a, b', 'X;Y:1'))).toEqual([
			'line 10: SUMMARY has an unescaped ";" or ","',
			'line 11: X has a malformed parameter: ;Y:1',
			'line 4: VEVENT has 2 DTSTART properties, not exactly one',
			'line 8: DTEND is not a DATE but DTSTART is one',
		]);
	});
});
