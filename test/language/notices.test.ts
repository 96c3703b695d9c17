import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('notice-channel', () => {
  it('reads direct and indirect channels in a sentence about price changes', () => {
    expect(pairs('Prisendringer varsles på SMS, e-post eller brev, og publiseres på Min side, på våre nettsider, i nyhetsbrevet og på fakturaen.', 'notice-channel')).toEqual([
      ['SMS', { channel: 'sms', direct: true }],
      ['e-post', { channel: 'email', direct: true }],
      ['brev', { channel: 'letter', direct: true }],
      ['Min side', { channel: 'my-page', direct: false }],
      ['våre nettsider', { channel: 'website', direct: false }],
      ['nyhetsbrevet', { channel: 'newsletter', direct: false }],
      ['på fakturaen', { channel: 'invoice', direct: false }],
    ]);
  });

  it('marks channels the customer chooses', () => {
    expect(pairs('Vi varsler på tekstmelding eller epost – du velger selv kanal.', 'notice-channel')).toEqual([
      ['tekstmelding', { channel: 'sms', direct: true, chosen: true }],
      ['epost', { channel: 'email', direct: true, chosen: true }],
    ]);
  });

  it.each([['Kontakt oss på e-post'], ['Fakturaen sendes på e-post'], ['Last ned appen'], ['Varsling ved strømbrudd skjer på SMS']])('needs a price-change context: %s', (text) => {
    expect(pairs(text, 'notice-channel')).toEqual([]);
  });
});

describe('notice-period', () => {
  it.each([
    ['30 dagers varsel ved prisendring', '30 dagers varsel', 30],
    ['Prisendringer varsles 14 dager før', '14 dager før', 14],
    ['30 days’ notice of price changes', '30 days’ notice', 30],
    ['endringer varsles med en måneds varsel', 'en måneds varsel', 30],
    ['varsles 14 dager før', '14 dager før', 14],
  ])('%s', (text, span, days) => {
    expect(pairs(text, 'notice-period')).toEqual([[span, { days }]]);
  });

  it.each([['14 dagers angrerett'], ['14 dagers gjensidig varsel'], ['Avtalen kan sies opp med 14 dagers varsel'], ['Vi varsler deg 3 dager før fakturaen forfaller']])(
    'is not a price-change notice: %s',
    (text) => {
      expect(pairs(text, 'notice-period')).toEqual([]);
    },
  );
});

describe('withdrawal and termination', () => {
  it.each([
    ['14 dagers angrerett', '14 dagers angrerett', { days: 14 }],
    ['angrerett i 14 dager', 'angrerett i 14 dager', { days: 14 }],
    ['Angrefristen er 14 dager', 'Angrefristen er 14 dager', { days: 14 }],
    ['Bruk angreskjemaet', 'angreskjemaet', {}],
    ['a 14-day right of withdrawal', '14-day right of withdrawal', { days: 14 }],
  ])('withdrawal: %s', (text, span, data) => {
    expect(pairs(text, 'withdrawal')).toEqual([[span, data]]);
  });

  it.each([
    ['14 dagers gjensidig oppsigelse', '14 dagers gjensidig oppsigelse', { days: 14 }],
    ['14 dagers gjensidig varsel', '14 dagers gjensidig varsel', { days: 14 }],
    ['Oppsigelsestid: 1 måned', 'Oppsigelsestid: 1 måned', {}],
    ['Du kan si opp avtalen', 'si opp avtalen', {}],
    ['kan seiast opp', 'seiast opp', {}],
    ['Notice period: 30 days', 'Notice period: 30 days', { days: 30 }],
  ])('termination: %s', (text, span, data) => {
    expect(pairs(text, 'termination')).toEqual([[span, data]]);
  });

  it('does not let a termination word take the binding period after it', () => {
    const text = 'Ved oppsigelse i bindingstiden på 12 måneder påløper bruddgebyr';
    expect(pairs(text, 'termination')).toEqual([['oppsigelse', {}]]);
    expect(pairs(text, 'binding')).toEqual([['bindingstiden på 12 måneder', { months: 12, none: false }]]);
  });
});
