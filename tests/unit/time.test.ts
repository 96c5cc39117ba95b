import { formatInTimeZone } from 'date-fns-tz/formatInTimeZone';
import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import { describe, expect, it } from 'vitest';
import {
	datesBetween,
	formatDateRange,
	formatTimeRange,
	isAmbiguousWallClock,
	isRealDate,
	isValidTimeZone,
	wallClockToInstant,
	zoneAbbreviation,
} from '../../src/model/time.ts';

describe('wall-clock times to instants', () => {
	it('reads Ghent in September as summer time (CEST, UTC+2)', () => {
		const instant = wallClockToInstant('2020-09-14', '09:00', 'Europe/Brussels');
		expect(instant).toEqual(new Date('2020-09-14T07:00:00Z'));
		expect(zoneAbbreviation(instant as Date, 'Europe/Brussels')).toBe('CEST');
	});

	it('reads Bologna in January as winter time (CET, UTC+1)', () => {
		const instant = wallClockToInstant('2020-01-20', '09:00', 'Europe/Rome') as Date;
		expect(instant.toISOString()).toBe('2020-01-20T08:00:00.000Z');
		expect(zoneAbbreviation(instant, 'Europe/Rome')).toBe('CET');
	});

	it('follows the US change in March: PST before, PDT after', () => {
		const before = wallClockToInstant('2023-03-11', '09:00', 'America/Los_Angeles') as Date;
		const after = wallClockToInstant('2023-03-13', '09:00', 'America/Los_Angeles') as Date;
		expect(before.toISOString()).toBe('2023-03-11T17:00:00.000Z');
		expect(after.toISOString()).toBe('2023-03-13T16:00:00.000Z');
		expect(zoneAbbreviation(before, 'America/Los_Angeles')).toBe('PST');
		expect(zoneAbbreviation(after, 'America/Los_Angeles')).toBe('PDT');
	});

	it('follows the US change in November: PDT before, PST after, the repeated hour ambiguous', () => {
		const before = wallClockToInstant('2023-11-04', '09:00', 'America/Los_Angeles') as Date;
		const after = wallClockToInstant('2023-11-06', '09:00', 'America/Los_Angeles') as Date;
		expect(before.toISOString()).toBe('2023-11-04T16:00:00.000Z');
		expect(after.toISOString()).toBe('2023-11-06T17:00:00.000Z');
		expect(zoneAbbreviation(before, 'America/Los_Angeles')).toBe('PDT');
		expect(zoneAbbreviation(after, 'America/Los_Angeles')).toBe('PST');
		expect(isAmbiguousWallClock('2023-11-05', '01:30', 'America/Los_Angeles')).toBe(true);
	});

	it('reads Europe at the end of October: CEST before the change, CET after', () => {
		expect(wallClockToInstant('2020-10-24', '09:00', 'Europe/Brussels')).toEqual(new Date('2020-10-24T07:00:00Z'));
		expect(wallClockToInstant('2020-10-26', '09:00', 'Europe/Brussels')).toEqual(new Date('2020-10-26T08:00:00Z'));
		expect(zoneAbbreviation(new Date('2020-10-26T08:00:00Z'), 'Europe/Brussels')).toBe('CET');
	});

	it('refuses a time that the spring-forward gap skips', () => {
		expect(wallClockToInstant('2020-03-29', '02:30', 'Europe/Berlin')).toBe('gap');
		expect(wallClockToInstant('2023-03-12', '02:15', 'America/Los_Angeles')).toBe('gap');
		expect(wallClockToInstant('2020-03-29', '03:00', 'Europe/Berlin')).toEqual(new Date('2020-03-29T01:00:00Z'));
	});

	it('knows the hour repeated in late October is ambiguous', () => {
		expect(isAmbiguousWallClock('2020-10-25', '02:30', 'Europe/Berlin')).toBe(true);
		expect(isAmbiguousWallClock('2020-10-25', '03:30', 'Europe/Berlin')).toBe(false);
	});

	it('treats AoE as UTC-12', () => {
		expect(wallClockToInstant('2019-11-22', '23:59', 'AoE')).toEqual(new Date('2019-11-23T11:59:00Z'));
		expect(zoneAbbreviation(new Date('2019-11-23T11:59:00Z'), 'AoE')).toBe('AoE');
	});

	// Days without a change of offset are converted by one subtraction; days with one the slow way.
	it('gives the instant date-fns-tz gives, or the gap, on every day of two years in zones with unusual changes', () => {
		const zones = ['Europe/Brussels', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Africa/Casablanca', 'Pacific/Chatham', 'America/Santiago', 'Etc/GMT+12'];
		const mismatches: string[] = [];
		for (const zone of zones) {
			for (const date of datesBetween('2024-01-01', '2025-12-31')) {
				for (const time of ['00:00', '00:30', '02:30', '03:00', '23:59']) {
					const local = `${date}T${time}`;
					const instant = fromZonedTime(`${local}:00`, zone);
					const expected = formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm") === local ? instant : 'gap';
					const actual = wallClockToInstant(date, time, zone);
					if (String(actual) !== String(expected)) mismatches.push(`${zone} ${local}: ${String(actual)} instead of ${String(expected)}`);
				}
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('names zones without a customary abbreviation by their offset', () => {
		expect(zoneAbbreviation(new Date('2020-02-13T08:00:00Z'), 'Asia/Kolkata')).toBe('IST');
		expect(zoneAbbreviation(new Date('2020-02-13T08:00:00Z'), 'Asia/Kathmandu')).toBe('UTC+05:45');
	});
});

describe('dates and zones', () => {
	it('accepts real calendar dates only', () => {
		expect(isRealDate('2020-02-29')).toBe(true);
		expect(isRealDate('2020-02-30')).toBe(false);
		expect(isRealDate('2019-02-29')).toBe(false);
		expect(isRealDate('2020-13-01')).toBe(false);
	});

	it('accepts IANA zone names and refuses abbreviations', () => {
		expect(isValidTimeZone('Europe/Brussels')).toBe(true);
		expect(isValidTimeZone('UTC')).toBe(true);
		expect(isValidTimeZone('CET')).toBe(false);
		expect(isValidTimeZone('Europe/Ghent')).toBe(false);
		// Printed as written, so written as the tz database spells it; an alias stands as it is.
		expect(isValidTimeZone('europe/brussels')).toBe(false);
		expect(isValidTimeZone('US/Pacific')).toBe(true);
	});

	it('formats date ranges compactly', () => {
		expect(formatDateRange('2020-09-14', '2020-09-14')).toBe('14 Sept 2020');
		expect(formatDateRange('2020-09-14', '2020-09-18')).toBe('14–18 Sept 2020');
		expect(formatDateRange('2020-09-30', '2020-10-02')).toBe('30 Sept – 2 Oct 2020');
		expect(formatDateRange('2020-12-30', '2021-01-02')).toBe('30 Dec 2020 – 2 Jan 2021');
	});
});

describe('time ranges', () => {
	it('labels a range with the zone abbreviation for its date', () => {
		const start = new Date('2020-09-14T07:10:00Z');
		const end = new Date('2020-09-14T07:55:00Z');
		expect(formatTimeRange(start, end, 'Europe/Brussels')).toBe('09:10–09:55 CEST');
		expect(formatTimeRange(start, end, 'America/Los_Angeles')).toBe('00:10–00:55 PDT');
	});

	it('says when a range ends on the next day', () => {
		expect(formatTimeRange(new Date('2020-10-24T21:00:00Z'), new Date('2020-10-25T02:30:00Z'), 'Europe/Berlin')).toBe(
			'23:00–03:30 (+1) CEST',
		);
	});
});
