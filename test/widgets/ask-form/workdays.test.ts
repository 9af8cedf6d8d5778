import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addWorkdays, isWorkday, localDay, workdaysBetween } from '../../../src/widgets/ask-form/model/workdays.js';

const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('working days', () => {
  it('counts Monday to Friday after the start day', () => {
    // 2026-11-20 is a Friday.
    expect(addWorkdays('2026-11-20', 1)).to.equal('2026-11-23');
    expect(addWorkdays('2026-11-20', 5)).to.equal('2026-11-27');
    expect(addWorkdays('2026-11-18', 5)).to.equal('2026-11-25');
    // From a Saturday or Sunday the count starts on Monday.
    expect(addWorkdays('2026-11-21', 1)).to.equal('2026-11-23');
    expect(addWorkdays('2026-11-22', 5)).to.equal('2026-11-27');
    expect(addWorkdays('2026-11-22', 10)).to.equal('2026-12-04');
    // Across a month and a year end, and a leap day.
    expect(addWorkdays('2026-12-30', 3)).to.equal('2027-01-04');
    expect(addWorkdays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addWorkdays('2026-11-21', 0)).to.equal('2026-11-21');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkdays('2026-11-20', -1)).to.throw(RangeError);
    expect(() => addWorkdays('2026-11-20', 1.5)).to.throw(RangeError);
  });

  it('takes the reader’s own calendar day', () => {
    expect(localDay(new Date(2026, 10, 20, 23, 59))).to.equal('2026-11-20');
  });

  it('property: the result is a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const end = addWorkdays(start, n);
        return isWorkday(end) && workdaysBetween(start, end) === n && end > start;
      }),
      { numRuns: 500 },
    );
  });

  it('property: it is the first such day (one day earlier has n − 1)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const end = addWorkdays(start, n);
        const before = new Date(Date.parse(end) - 86_400_000).toISOString().slice(0, 10);
        return workdaysBetween(start, before) === n - 1;
      }),
      { numRuns: 300 },
    );
  });

  it('property: more working days never give an earlier date, and a week of them is 7 calendar days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 30 }), (start, n, more) => {
        const a = addWorkdays(start, n);
        const b = addWorkdays(start, n + more);
        const plusWeek = addWorkdays(start, n + 5);
        return a <= b && Date.parse(plusWeek) - Date.parse(a) === 7 * 86_400_000;
      }),
      { numRuns: 500 },
    );
  });

  describe('with a working calendar', () => {
    // The 2026 National Day holiday as the State Council might set it: 1–8 October off, Sunday 27 September and
    // Saturday 10 October worked instead (调休).
    const calendar = {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'],
      workdays: ['2026-09-27', '2026-10-10'],
    };

    it('skips public holidays and counts make-up working days', () => {
      expect(isWorkday('2026-10-01', calendar)).to.equal(false);
      expect(isWorkday('2026-09-27', calendar)).to.equal(true);
      // Wednesday 30 September + 1: the holiday week passes, Friday 9 October.
      expect(addWorkdays('2026-09-30', 1, calendar)).to.equal('2026-10-09');
      // + 2: the make-up Saturday.
      expect(addWorkdays('2026-09-30', 2, calendar)).to.equal('2026-10-10');
      expect(addWorkdays('2026-09-30', 3, calendar)).to.equal('2026-10-12');
      // Saturday 26 September + 1: the make-up Sunday.
      expect(addWorkdays('2026-09-26', 1, calendar)).to.equal('2026-09-27');
      // Without the calendar, Monday to Friday.
      expect(addWorkdays('2026-09-30', 1)).to.equal('2026-10-01');
      expect(workdaysBetween('2026-09-25', '2026-10-12', calendar)).to.equal(7);
    });

    it('gives up (RangeError) rather than loop when a calendar has no working day ahead', () => {
      const start = '2026-01-01';
      const holidays = Array.from({ length: 1000 }, (_, i) => new Date(Date.UTC(2026, 0, 2 + i)).toISOString().slice(0, 10));
      expect(() => addWorkdays(start, 365, { holidays })).to.throw(RangeError);
    });

    const near = (start: string) =>
      fc
        .uniqueArray(fc.integer({ min: -5, max: 120 }), { maxLength: 40 })
        .map((offsets) => offsets.map((o) => new Date(Date.parse(start) + o * 86_400_000).toISOString().slice(0, 10)));

    it('property: with any calendar, the result is the first working day with exactly n working days after the start', () => {
      fc.assert(
        fc.property(
          day.chain((start) => fc.tuple(fc.constant(start), near(start), near(start), fc.integer({ min: 1, max: 40 }))),
          ([start, holidays, workdays, n]) => {
            const calendar = { holidays, workdays };
            const end = addWorkdays(start, n, calendar);
            const before = new Date(Date.parse(end) - 86_400_000).toISOString().slice(0, 10);
            return isWorkday(end, calendar) && workdaysBetween(start, end, calendar) === n && workdaysBetween(start, before, calendar) === n - 1;
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
