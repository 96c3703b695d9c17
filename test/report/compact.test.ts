import { describe, expect, it } from 'vitest';
import { compact } from '../../src/report/compact.js';
import { context, results } from './fixtures.js';

describe('compact reporter', () => {
  it('prints file:line:col: severity message [ruleId], one finding per line, paths relative to cwd', () => {
    expect(compact(results(), context())).toBe(
      [
        'vinter/nordlys-spot.md:6:5: error Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026». [campaign-end]',
        'vinter/nordlys-spot.md:7:171: warning Kampanjeprisen har ingen sluttdato. [campaign-end]',
        'vinter/nordlys-spot.md:4:3: info Siden sier ikke noe om bindingstid. [duration]',
        'fastpris 2026/vestavind-fastpris.html:12:7: error Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå? Skriv til dømes «deretter 4,9 øre/kWh». [after-terms]',
        'produkter/ødegård-kraft.json:9:3: error Filen kunne ikke leses som json: Unexpected token } in JSON at position 212 [parse-error]',
        '',
      ].join('\n'),
    );
  });

  it('prints the severity words in the run language', () => {
    expect(
      compact(results().slice(0, 1), context({ locale: 'nb' }))
        .split('\n')
        .map((l) => l.split(' ')[1]),
    ).toEqual(['feil', 'advarsel', 'info', undefined]);
  });

  it('prints nothing for a clean run', () => {
    expect(compact(results().slice(3), context())).toBe('');
  });

  it('folds CRLF, CR and Unicode line separators so each finding stays on one line', () => {
    const [first] = results();
    first!.findings = [{ ...first!.findings[0]!, message: 'a\r\nb\rc\u2028d' }];
    expect(compact([first!], context())).toBe('vinter/nordlys-spot.md:6:5: error a b c d [campaign-end]\n');
  });
});
