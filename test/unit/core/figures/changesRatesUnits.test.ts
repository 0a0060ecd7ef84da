// How a careful reader reads changes, rates, units and shared units in news, one table per class
// of wording (issue 13, branch figs). Every row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';
import type { Figure } from '../../../../src/core/types';

/** The figures with the restatements each carries ("€12 (£10.30)"), in text order. */
function withRestatements(text: string): Figure[] {
  return figuresOf(text).flatMap((f) => [f, ...(f.restatements ?? [])]);
}

function figuresOf(text: string): Figure[] {
  return extractFigures({ id: 't', uri: 't', text }, segment(text).sentences);
}

describe('the amount of a change against the level it reached', () => {
  /** [span text, value, change, reached] */
  it.each<[string, [string, number, string | undefined, boolean | undefined][]]>([
    ['The index climbed 2% to close at 5,120 points.', [['2%', 2, 'up', undefined], ['5,120 points', 5120, 'up', true]]],
    ['Wheat was up 4% at $6.40 a bushel.', [['4%', 4, 'up', undefined], ['$6.40', 6.4, 'up', true]]],
    ['The bourse slipped 0.2% to a close of 980.5 points.', [['0.2%', 0.2, 'down', undefined], ['980.5 points', 980.5, 'down', true]]],
    ['Its stock finished 12% higher at $3.10.', [['12%', 12, undefined, undefined], ['$3.10', 3.1, 'up', true]]],
    ['Ticket sales fell to 4,000 tickets.', [['4,000 tickets', 4000, 'down', true]]],
    ['Rents rose from $900 to $1,100.', [['from $900 to $1,100', 1100, 'up', true]]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.change, f.reached])).toEqual(want);
  });

  it.each<[string, [string, string | undefined][]]>([
    // a number after another preposition is not what rose or fell
    ['Prices rose 0.4% in March, the biggest increase in 14 months.', [['0.4%', 'up'], ['14 months', undefined]]],
    ['Pensions increase by 2% for the 10 weeks of delay.', [['2%', 'up'], ['10 weeks', undefined]]],
    // the amount said again in another unit, after "or"
    ['The index shed 85 points, or 1.2%, on the day.', [['85 points', 'down'], ['1.2%', 'down']]],
    ['Payrolls grew by 40,000 jobs, or 0.8%, last year.', [['40,000 jobs', 'up'], ['0.8%', 'up']]],
    // market shorthand: a signed percentage is a rise or a fall; a signed temperature is a level
    ['Markets in the afternoon: Paris +0.4%, Madrid -1.1%.', [['0.4%', 'up'], ['1.1%', 'down']]],
    ['Overnight it was -4°C in the valley.', [['4°C', undefined]]],
    ['Tech stocks were up nearly 30% after tumbling 45% last year.', [['nearly 30%', 'up'], ['45%', 'down']]],
    // "up" as the particle of the verb before it, and "added that" as a verb of saying, are no rise
    ['Cloud sales are making up 64% of the total.', [['64%', undefined]]],
    ['Exports took up 12% of output.', [['12% of output', undefined]]],
    ['She added that there were 240 people on the ferry.', [['240 people', undefined]]],
    ['The firm added 240 jobs last year.', [['240 jobs', 'up']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.change])).toEqual(want);
  });
});

describe('where the counted noun group ends, and gerunds that modify it', () => {
  /** [span text, value, head] */
  it.each<[string, [string, number, string][]]>([
    ['The plant employs 300 people here and more abroad.', [['300 people', 300, 'person']]],
    ['About 40,000 homes statewide lost power.', [['About 40,000 homes', 40000, 'home']]],
    ['There are 9,000 nurses working in the region.', [['9,000 nurses', 9000, 'nurse']]],
    ['The kit has four memory slots available you can fill.', [['four memory slots', 4, 'slot']]],
    ['The city wants 250 charging points by 2030.', [['250 charging points', 250, 'point']]],
    ['The port handled 3 million shipping containers last year.', [['3 million shipping containers', 3e6, 'container']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.head])).toEqual(want);
  });
});

describe('rates, speeds and subunits', () => {
  /** [span text, value, unit name, per] */
  it.each<[string, [string, number, string, string | undefined][]]>([
    ['Copper traded at $9,100 a tonne and silver at $31 an ounce.', [['$9,100 a tonne', 9100, 'USD', 't'], ['$31 an ounce', 31, 'USD', 'oz']]],
    ['Office space lets for $45 per square foot.', [['$45 per square foot', 45, 'USD', 'ft²']]],
    ['Warehouses rent at €9 per sq m.', [['€9 per sq m', 9, 'EUR', 'm²']]],
    // "per" is English too: two of them do not make the sentence Italian
    ['Rents were $80 per sq m, or $7 per square foot.', [['$80 per sq m', 80, 'USD', 'm²'], ['$7 per square foot', 7, 'USD', 'ft²']]],
    ['The field yields 12,000 barrels a day.', [['12,000 barrels a day', 12000, 'bbl', 'day']]],
    ['Nurses work 60 hours a week.', [['60 hours a week', 60, 'h', 'week']]],
    ['The clinic runs 400 scans per day.', [['400 scans per day', 400, 'count', 'day']]],
    ['The debt grew 4% a year.', [['4% a year', 4, '%', 'year']]],
    ['The car tops out at 155 miles per hour.', [['155 miles per hour', 155, 'mph', undefined]]],
    ['Winds reached 90 kilometres an hour.', [['90 kilometres an hour', 90, 'km/h', undefined]]],
    ['Sound travels at 343 metres per second.', [['343 metres per second', 343, 'm/s', undefined]]],
    ['It can reach 100km/h in 4 seconds.', [['100km/h', 100, 'km/h', undefined], ['4 seconds', 4, 's', undefined]]],
    ['Bake for 20 – 25min and rest 5min.', [['20 – 25min', 22.5, 'min', undefined], ['5min', 5, 'min', undefined]]],
    ['Futures rose 12 cents and the stock lost 30 pence.', [['12 cents', 12, 'USc', undefined], ['30 pence', 30, 'GBp', undefined]]],
    ['The shares closed at 212.5p, up from 190p.', [['212.5p', 212.5, 'GBp', undefined], ['190p', 190, 'GBp', undefined]]],
    ['The fee is 2 per cent per year.', [['2 per cent per year', 2, '%', 'year']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.per])).toEqual(want);
  });

  it.each<[string, [string, number, string, string | undefined][]]>([
    ['Tickets cost €12 (£10.30) a head.', [['€12 (£10.30) a head', 12, 'EUR', 'head'], ['£10.30', 10.3, 'GBP', 'head']]],
    ['The bond pays $9 (A$14) in interest.', [['$9', 9, 'USD', undefined], ['A$14', 14, 'AUD', undefined]]],
    ['The offer is C$45 (US$33) per share.', [['C$45 (US$33) per share', 45, 'CAD', 'share'], ['US$33', 33, 'USD', 'share']]],
  ])('a bracketed restatement is read in full too, at the same rate: %s', (text, want) => {
    expect(withRestatements(text).map((f) => [f.text, f.value, f.unit.name, f.per])).toEqual(want);
  });

  it.each<[string, [string, string, string | undefined, boolean | undefined][]]>([
    ['The birds fly more than 300 km (186 miles) a day.', [['more than 300 km (186 miles) a day', 'lowerBound', undefined, undefined], ['186 miles', 'lowerBound', undefined, undefined]]],
    ['Its range falls to just 90 miles (145 km) in the cold.', [['90 miles', 'exact', 'down', true], ['145 km', 'exact', 'down', true]]],
    ['The engine makes up to 250 kW (340 PS / 335 hp).', [['up to 250 kW', 'upperBound', undefined, undefined], ['340 PS', 'upperBound', undefined, undefined], ['335 hp', 'upperBound', undefined, undefined]]],
  ])('a restatement keeps the bound and the change of what it restates: %s', (text, want) => {
    expect(withRestatements(text).map((f) => [f.text, f.qualifier, f.change, f.reached])).toEqual(want);
  });

  it.each(['The camera records 1080p video.', 'Stream it in 720p or 2160p.'])('a video format is no amount of pence: %s', (text) => {
    expect(figuresOf(text).filter((f) => f.unit.name === 'GBp')).toEqual([]);
  });

  it('a subunit converts to its currency: 12 cents is 0.12 dollars', () => {
    const [f] = figuresOf('Futures rose 12 cents on the day.');
    expect(f!.canonical.value).toBeCloseTo(0.12, 6);
  });

  it('reads a range written with $US on both ends', () => {
    const [f] = figuresOf('It will cost between $US40 million and $US45 million.');
    expect([f!.text, f!.low, f!.high, f!.unit.name]).toEqual(['between $US40 million and $US45 million', 40e6, 45e6, 'USD']);
  });
});

describe('decimals without a zero, "m" as million or metres, units after names', () => {
  /** [span text, value, unit name] */
  it.each<[string, [string, number, string][]]>([
    ['The default rate fell to .002 per cent.', [['.002 per cent', 0.002, '%']]],
    ['The mine will ship 2.5m tonnes of ore.', [['2.5m tonnes', 2.5e6, 't']]],
    ['Some 40m of its subscribers stream daily.', [['Some 40m of its subscribers', 40e6, 'count']]],
    ['It sold 3.1M units.', [['3.1M units', 3.1e6, 'count']]],
    ['The wall is 4m high and 60m long.', [['4m', 4, 'm'], ['60m', 60, 'm']]],
    ['The Pixel 8 inch screen costs $700.', [['8 inch screen', 8, 'in'], ['$700', 700, 'USD']]],
    ['Acme Power runs a 300 megawatt plant.', [['300 megawatt', 300, 'MW']]],
    ['The trunk holds 18 cubic feet.', [['18 cubic feet', 18, 'ft³']]],
    ['He slimmed down from 240 pounds to 205 this year by dieting and weight training.', [['from 240 pounds to 205', 205, 'lb']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name])).toEqual(want);
  });

  it.each(['The Boeing 737 was grounded.', 'Windows 11 is out today.', 'Version 2.500 is out.'])('a name with a number stays a name: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('technical units and currencies named by their nation', () => {
  /** [span text, value, unit name] */
  it.each<[string, [string, number, string][]]>([
    ['Greenland loses 250 gigatonnes of ice.', [['250 gigatonnes', 250, 'Gt']]],
    ['Arsenic was found at 12 ppb, above the 10 ppb limit.', [['12 ppb', 12, 'ppb'], ['10 ppb', 10, 'ppb']]],
    ['The sensor has a pitch of 4 μm and the chip uses 3 nanometre transistors.', [['4 μm', 4, 'μm'], ['3 nanometre', 3, 'nm']]],
    ['The alloy is rated at 95 ksi, or 655 MPa.', [['95 ksi', 95, 'ksi'], ['655 MPa', 655, 'MPa']]],
    ['The engine makes 320 PS.', [['320 PS', 320, 'PS']]],
    ['The limit is 55 m.p.h. on that road.', [['55 m.p.h', 55, 'mph']]],
    ['The fine was 2 million Swedish crowns.', [['2 million Swedish crowns', 2e6, 'SEK']]],
    ['The club has won three crowns in a row.', [['three crowns', 3, 'count']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name])).toEqual(want);
  });
});

describe('"sub-" bounds, ranges after "by", names joined before the counted noun', () => {
  /** [span text, low, high, qualifier, head or unit] */
  it.each<[string, [string, number, number, string, string][]]>([
    ['Firms want sub-200 sq m offices.', [['sub-200 sq m', 0, 199.9998, 'upperBound', 'm²']]],
    ['Rents fell by 2 to 3 per cent last year.', [['2 to 3 per cent', 2, 3, 'range', 'rent']]],
    ['The glacier thinned by 4 to 6 metres.', [['4 to 6 metres', 4, 6, 'range', 'm']]],
    ['Nearly 300 Ford and Toyota dealers signed up.', [['Nearly 300 Ford and Toyota dealers', 285, 300, 'approximate', 'dealer']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.low, f.high, f.qualifier, f.head || f.unit.name])).toEqual(want);
  });

  it.each(['The deficit grew by $4 billion to $41 billion.', 'Exports rose by 2% to 7% of output.'])('an amount of change then a level stays two figures: %s', (text) => {
    expect(figuresOf(text).map((f) => f.qualifier)).toEqual(['exact', 'exact']);
  });
});

describe('numbers that share the unit written after the last of them', () => {
  /** [span text, value, unit name] */
  it.each<[string, [string, number, string][]]>([
    ['Buyers choose a 13- or 15-inch screen.', [['13', 13, 'in'], ['15-inch screen', 15, 'in']]],
    ['Tickets cost 20 or 25 euros.', [['20', 20, 'EUR'], ['25 euros', 25, 'EUR']]],
    ['A coffee is about 3 or $4 now.', [['about 3', 3, 'USD'], ['$4', 4, 'USD']]],
    ['The range has two-, three- and four-door models.', [['two', 2, 'count'], ['three', 3, 'count'], ['four-door models', 4, 'count']]],
    ['She played 2 or 3 sets.', [['2', 2, 'count'], ['3 sets', 3, 'count']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name])).toEqual(want);
  });

  it('the shared noun is what both count', () => {
    expect(figuresOf('She played 2 or 3 sets.').map((f) => f.head)).toEqual(['set', 'set']);
  });

  it.each(['The score was 5 or more.', 'Lines 4 or 5 are closed.'])('no shared unit where none follows: %s', (text) => {
    expect(figuresOf(text).filter((f) => f.value === 4 || f.value === 5).map((f) => f.unit.name).every((n) => n === 'count')).toBe(true);
  });
});

describe('the level a named index or stock reached', () => {
  /** [span text, value, head] */
  it.each<[string, [string, number, string][]]>([
    ['The Nikkei 225 fell 1.2% to 38,400.', [['1.2%', 1.2, ''], ['38,400', 38400, 'nikkei']]],
    ['The Hang Seng Index gained 0.8 per cent to end at 17,310.5, while bonds fell.', [['0.8 per cent', 0.8, ''], ['17,310.5', 17310.5, 'index']]],
    ['Acme slid 3 per cent to 41.2 after the results.', [['3 per cent', 3, 'acme'], ['41.2', 41.2, 'acme']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.head])).toEqual(want);
  });
});
