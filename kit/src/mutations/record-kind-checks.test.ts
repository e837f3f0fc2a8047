import { checkOrder, recordKindErrors } from './record-kind-checks';

describe('the shared checks of the recurring kinds', () => {
  it('names each invalid shared field once, with its value and what is accepted', () => {
    const errors = recordKindErrors('organisation', {
      names: { nl: ' ' },
      website: 'vvsg',
      email: 'no-at-sign',
      phone: '+32 2 500 20 00',
    });
    expect(errors.map((error) => error.field)).toEqual(['input.names', 'input.website', 'input.email']);
    expect(errors[1]?.message).toBe(
      'Invalid website "vvsg": expected a web address such as https://www.vvsg.be.',
    );
  });

  it("checks a field by the kind's own limit: a document title may be longer than an event title", () => {
    const title = { en: 'x'.repeat(400) };
    expect(recordKindErrors('document', { titles: title })).toEqual([]);
    expect(recordKindErrors('event', { titles: title })[0]?.field).toBe('input.titles.en');
  });

  it('refuses an end before its start, whichever spelling the level gives the period', () => {
    expect(
      recordKindErrors('project', { periodStart: '2026-05-01', periodEnd: '2026-04-30' })[0]?.message,
    ).toBe('Invalid periodEnd "2026-04-30": expected a day on or after periodStart 2026-05-01.');
    expect(recordKindErrors('project', { startsOn: '2026-05-01', endsOn: '2026-05-01' })).toEqual([]);
    expect(recordKindErrors('event', { startTime: '10:00', endTime: '10:00' })[0]?.message).toBe(
      'Invalid endTime "10:00": expected a time after startTime 10:00.',
    );
  });

  it('says nothing of an order it cannot judge', () => {
    expect(checkOrder('endsOn', null, '2026-01-01', 'startsOn')).toBeNull();
  });
});
