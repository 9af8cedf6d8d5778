import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addWorkdays, isWorkday, localDay, workdaysBetween } from '../../../src/widgets/ask-form/workdays.js';

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
});
