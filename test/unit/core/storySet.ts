// A small five-source set modelled on the seeds (and one invented conflict), hand-analysed, for
// the summary and SARIF tests.
import type { Analysis } from '../../../src/core/types';
import { analysis, claim, diagnostic, event, figure, sourceSet, textualSpelling, type TestSet } from './builders';

export function storySet(): { set: TestSet; analysis: Analysis } {
  const set = sourceSet(
    {
      '000':
        'Hegseth visits Tokyo\nThere are roughly 53,000 American service members based in Japan. Japan pays about $1.4 billion a year.\n' +
        'The islands are less than 70 miles from Taiwan. On Monday, China responded. Twelve ships took part.',
      '001': 'Hegseth said on March 30 there are 50,000 U.S. military personnel in Japan. On Saturday Hegseth attended a memorial.',
      '002': 'Pete Hegsett visited Tokyo. More than 50.000 US troops are stationed in Japan. On Saturday, Hegseth joined a ceremony. 20 ships took part.',
      '003': 'Over 50,000 U.S. troops are currently based there, Hegseth said.',
      '004': 'About 53,000 active duty service members are stationed in Japan. Japan pays an average of 211 billion yen each year.',
    },
    { '000': { title: 'Hegseth visits Tokyo', referenceDate: '2025-03-30', referenceDateInferred: true }, '004': { referenceDate: '2025-03-30' } },
  );
  const troops = [
    figure(set, { source: '000.txt', phrase: 'roughly 53,000 American service members', number: '53,000', value: 53000, qualifier: 'approximate', counted: 'American service members' }),
    figure(set, { source: '001.txt', phrase: '50,000 U.S. military personnel', number: '50,000', value: 50000, counted: 'U.S. military personnel' }),
    figure(set, { source: '002.txt', phrase: 'More than 50.000 US troops', number: '50.000', value: 50000, qualifier: 'lowerBound', counted: 'US troops' }),
    figure(set, { source: '003.txt', phrase: 'Over 50,000 U.S. troops', number: '50,000', value: 50000, qualifier: 'lowerBound', counted: 'U.S. troops' }),
    figure(set, { source: '004.txt', phrase: 'About 53,000 active duty service members', number: '53,000', value: 53000, qualifier: 'approximate', counted: 'active duty service members' }),
  ];
  const usd = { kind: 'money', name: 'USD' } as const;
  const jpy = { kind: 'money', name: 'JPY' } as const;
  const payment = [
    figure(set, { source: '000.txt', phrase: 'about $1.4 billion a year', number: '1.4 billion', value: 1.4e9, qualifier: 'approximate', unit: usd, per: 'year' }),
    figure(set, { source: '004.txt', phrase: 'an average of 211 billion yen each year', number: '211 billion', value: 211e9, qualifier: 'average', unit: jpy, per: 'year' }),
  ];
  const ships = [
    figure(set, { source: '000.txt', phrase: 'Twelve ships', number: 'Twelve', value: 12, counted: 'ships' }),
    figure(set, { source: '002.txt', phrase: '20 ships', number: '20', value: 20, counted: 'ships' }),
  ];
  const distance = figure(set, {
    source: '000.txt',
    phrase: 'less than 70 miles from Taiwan',
    number: '70',
    value: 70,
    qualifier: 'upperBound',
    unit: { kind: 'distance', name: 'mi' },
    counted: 'from Taiwan',
  });
  const claims = [
    // Deliberately not in verdict order: the summary must sort.
    claim('host-payment', 'yearly host-nation payment', 'agree', payment, [], '000 and 004 agree once yen are converted'),
    claim('troops-in-japan', 'troops in Japan', 'discrepancy', troops, [troops[1]!], '001 says 50,000; 000 and 004 say about 53,000'),
    claim('ships', 'ships taking part', 'conflict', ships, ships, '000 says 12; 002 says 20'),
  ];
  const diagnostics = [
    diagnostic(troops[1]!, 'troops-in-japan', 'figure-discrepancy', 'Troops in Japan: 001 says 50,000; 000 and 004 say about 53,000', [troops[0]!, troops[4]!]),
    diagnostic(ships[0]!, 'ships', 'figure-conflict', 'Ships: 000 says 12; 002 says 20', [ships[1]!]),
    diagnostic(ships[1]!, 'ships', 'figure-conflict', 'Ships: 002 says 20; 000 says 12', [ships[0]!]),
  ];
  const timeline = [
    event(set, 'memorial', '2025-03-29', 'Memorial ceremony on Iwo Jima', [
      { source: '001.txt', phrase: 'On Saturday' },
      { source: '002.txt', phrase: 'On Saturday' },
    ]),
    event(set, 'meeting', '2025-03-30', 'Hegseth meets Nakatani in Tokyo', [{ source: '001.txt', phrase: 'on March 30' }], {
      dateConflict: { reason: '001 says March 30; 003 says March 29', dates: [{ source: '001.txt', date: '2025-03-30' }] },
    }),
    event(set, 'china', '2025-03-31', 'China responds', [{ source: '000.txt', phrase: 'On Monday' }], { inferred: true }),
  ];
  const textual = [textualSpelling(set, 'Hegseth', 'Hegsett', "'Hegsett' once in 002 vs 'Hegseth' in 000, 001, 002 and 003")];
  return {
    set,
    analysis: analysis(set, {
      claims,
      singleSource: [claim('taiwan-distance', 'distance of the islands from Taiwan', 'agree', [distance])],
      diagnostics,
      timeline,
      textual,
    }),
  };
}
