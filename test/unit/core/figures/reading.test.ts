// How a careful reader reads figures in news, one table per class of wording. Every row is a
// wording of our own (no corpus sentence): what is counted when no noun follows the number,
// spelled numbers after determiners, changes, money in its common forms, ranks, times of day,
// identifiers. Each row: the sentence and the figures expected in it.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';
import type { Figure } from '../../../../src/core/types';

function figuresOf(text: string): Figure[] {
  return extractFigures({ id: 't', uri: 't', text }, segment(text).sentences);
}

/** [span text, value, unit name, concept or head (optional)] */
type Want = [string, number, string, string?];

function check(text: string, want: Want[]): void {
  const got = figuresOf(text);
  expect(got.map((f) => [f.text, f.value, f.unit.name])).toEqual(want.map((w) => w.slice(0, 3)));
  want.forEach((w, i) => {
    if (w[3] !== undefined) expect(got[i]!.concept).toBe(w[3]);
  });
}

describe('numbers with no noun after them: what is counted comes from the subject and the predicate', () => {
  it.each<[string, Want[]]>([
    ['Officials said 41 were killed in the attack.', [['41', 41, 'count', 'deaths']]],
    ['The toll now stands at 57, the ministry said.', [['57', 57, 'count', 'deaths']]],
    ['The final death toll is 63.', [['63', 63, 'count', 'deaths']]],
    ['At least 30, including two children, were killed in the village.', [['At least 30', 30, 'count', 'deaths'], ['two children', 2, 'count', 'children']]],
    ['The death toll in the northern province has risen to 15, officials said.', [['15', 15, 'count', 'deaths']]],
    // The earlier value said in passing is left unread until claims can tell it from the current one.
    ['The death toll in the flooded valley, initially 8, has risen to 11.', [['11', 11, 'count', 'deaths']]],
    ['The toll in Ruritania rose to 33 on Monday.', [['33', 33, 'count', 'deaths']]],
    ['The company hired 900 workers, including 300 in Lisbon.', [['900 workers', 900, 'count', 'employees'], ['300', 300, 'count', 'employees']]],
    ['The firm has 20,000 staff, compared with more than 15,000 at its rival.', [['20,000 staff', 20000, 'count', 'employees'], ['more than 15,000', 15000, 'count', 'employees']]],
    ['The storm destroyed 1,200 homes and 4,000 more were damaged.', [['1,200 homes', 1200, 'count', 'dwellings'], ['4,000', 4000, 'count', 'dwellings']]],
    ['The new members bring the total to 31.', [['31', 31, 'count', 'total']]],
  ])('%s', (text, want) => check(text, want));

  it.each([
    'He scored 3 in the final.',
  ])('leaves a number alone when nothing names what it counts: %s', (text) => {
    expect(figuresOf(text).filter((f) => f.unit.kind === 'count')).toEqual([]);
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

describe('spelled numbers after determiners and in noun phrases', () => {
  it.each<[string, Want[]]>([
    ['Ministers of the three countries met in the capital.', [['three countries', 3, 'count', 'country']]],
    ['The two northern and southern provinces voted.', [['two northern and southern provinces', 2, 'count', 'province']]],
    ['Investigators studied the two bomb blasts for weeks.', [['two bomb blasts', 2, 'count', 'blast']]],
    ['The twin car bombings shocked the city.', [['twin car bombings', 2, 'count', 'bombing']]],
    ['The alliance admitted four of its former adversaries.', [['four of its former adversaries', 4, 'count', 'adversary']]],
  ])('%s', (text, want) => check(text, want));

  it.each([
    'Her twin brother visited the Twin Towers memorial.',
    'All three agreed to meet again.',
  ])('no quantity: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('changes kept apart from values, and ranges', () => {
  /** [span text, value, from, change, qualifier] */
  it.each<[string, [string, number, number | undefined, string | undefined, string][]]>([
    ['The plan lifts the pension age from 60 to 63.', [['from 60 to 63', 63, 60, 'up', 'exact']]],
    ['Turnout fell from 71% to 64% this year.', [['from 71% to 64%', 64, 71, 'down', 'exact']]],
    ['Fares rose from $2 to $2.50 a ride.', [['from $2 to $2.50', 2.5, 2, 'up', 'exact']]],
    ['Fees range from $200 to $4 million.', [['$200 to $4 million', 2000100, undefined, undefined, 'range']]],
    ['Officials expect 8-10 carriages on each train.', [['8-10 carriages', 9, undefined, undefined, 'range']]],
    ['Growth is seen at between 2% and 3% next year.', [['between 2% and 3%', 2.5, undefined, undefined, 'range']]],
    ['Sales are expected to reach $89 to $93 billion.', [['$89 to $93 billion', 91e9, undefined, undefined, 'range']]],
    ['Its shares rose 6% on Monday.', [['6%', 6, undefined, 'up', 'exact']]],
    ['The index was down 40 points at the close.', [['40 points', 40, undefined, 'down', 'exact']]],
    ['The index fell 0.5% to 7,210 points.', [['0.5%', 0.5, undefined, 'down', 'exact'], ['7,210 points', 7210, undefined, 'down', 'exact']]],
    ['The company employs 5,000 people.', [['5,000 people', 5000, undefined, undefined, 'exact']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.from, f.change, f.qualifier])).toEqual(want);
  });

  it('scores stay out: "won 3-1" is no range', () => {
    expect(figuresOf('The home side won 3-1 on Sunday.')).toEqual([]);
  });
});

describe('money in every common form', () => {
  it.each<[string, Want[]]>([
    ['The bank was sold for CHF3 billion.', [['CHF3 billion', 3e9, 'CHF']]],
    ['The state will spend Rs 450 crore on roads.', [['Rs 450 crore', 4.5e9, 'INR']]],
    ['Each family got Rs. 5,000 in aid.', [['Rs. 5,000', 5000, 'INR']]],
    ['Exports reached 3.2 billion Indian rupees.', [['3.2 billion Indian rupees', 3.2e9, 'INR']]],
    ['The tower cost HK $5 million.', [['HK $5 million', 5e6, 'HKD']]],
    ['The tower cost HK$5 million.', [['HK$5 million', 5e6, 'HKD']]],
    ['Debt stood at $US113 trillion.', [['$US113 trillion', 113e12, 'USD']]],
    ['The grant was A$3 million.', [['A$3 million', 3e6, 'AUD']]],
    ['The fine was 500 million dlrs.', [['500 million dlrs', 5e8, 'USD']]],
    ['The ticket costs 300 € at the door.', [['300 €', 300, 'EUR']]],
    ['Revenue was USD10m and EUR 50m.', [['USD10m', 1e7, 'USD'], ['EUR 50m', 5e7, 'EUR']]],
    ['The aid totalled 40 million Egyptian pounds.', [['40 million Egyptian pounds', 4e7, 'EGP']]],
    ['The deal is worth $2.7bn.', [['$2.7bn', 2.7e9, 'USD']]],
    ['He paid £1.2m for the house.', [['£1.2m', 1.2e6, 'GBP']]],
    ['It arranged a 100 billion-franc loan.', [['100 billion-franc loan', 1e11, 'CHF']]],
    ['Oil was at $58 per barrel.', [['$58 per barrel', 58, 'USD']]],
    ['Sales rose 5pc in March.', [['5pc', 5, '%']]],
    ['About 2.5 lakh people attended.', [['About 2.5 lakh people', 250000, 'count', 'people']]],
  ])('%s', (text, want) => check(text, want));
});

describe('ordinals a reader compares (ranks), and ordinals that are names or dates', () => {
  it.each<[string, Want[]]>([
    ['This protest was the ninth since the winter.', [['ninth', 9, 'rank', 'protest']]],
    ['Unions called the seventh national strike.', [['seventh national strike', 7, 'rank', 'strike']]],
    ['Strikes entered the ninth day.', [['ninth day', 9, 'rank', 'day']]],
    ['It is the second largest insurer in the country.', [['second largest insurer', 2, 'rank', 'insurer']]],
    ['It became the third-biggest carmaker.', [['third-biggest carmaker', 3, 'rank', 'carmaker']]],
    ['She won her 10th title.', []],
    ['She won the 10th title of her career.', [['10th title', 10, 'rank', 'title']]],
  ])('%s', (text, want) => check(text, want));

  it.each([
    'He lives on Fifth Avenue and served in the 82nd Airborne.',
    'It was the 20th century and the fourth quarter.',
    'This is his first official visit and the second stop of the trip.',
    'The Second World War ended on the 2nd of September.',
    'The 22nd amendment was a third-party issue.',
  ])('no rank: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('identifiers are names, never amounts', () => {
  it('reads a provision by its number, as exact, named so only the same provision lines up with it', () => {
    const [a, b] = figuresOf('It passed under Article 49.3, later called Art. 49.3 by critics.');
    expect([a!.text, a!.unit.kind, a!.unit.name, a!.qualifier]).toEqual(['Article 49.3', 'other', 'article 49.3', 'exact']);
    expect([b!.text, b!.unit.name]).toEqual(['Art. 49.3', 'article 49.3']);
  });

  it.each([
    'Passengers boarded train 12951 at the station.',
    'Flight 3407 crashed near the airport.',
    'Take Route 66 or call 555-0143.',
    'The home side won 3-1 on Sunday.',
    'The iPhone 11 Pro and Boeing 787 Dreamliner were shown.',
  ])('no figure: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('table-like lines: a number is counted by its label', () => {
  it('reads "Label: number" runs on one line', () => {
    const got = figuresOf('NORTH: Total Dead: 31 Children: 4 Injured: 1,210 Hospitalized: 87').map((f) => [f.text, f.value, f.concept]);
    expect(got).toEqual([['31', 31, 'deaths'], ['4', 4, 'children'], ['1,210', 1210, 'injuries'], ['87', 87, 'hospitalized']]);
  });
});

describe('number formats, vague quantities, signs and units', () => {
  it.each<[string, [string, number, number, number, string][]]>([
    ['Dozens of people were hurt.', [['Dozens of people', 66, 12, 120, 'count']]],
    ['Hundreds of homes were flooded.', [['Hundreds of homes', 550, 100, 1000, 'count']]],
    ['Tens of thousands of workers marched.', [['Tens of thousands of workers', 55000, 1e4, 1e5, 'count']]],
    ['The repairs will cost tens of millions of dollars.', [['tens of millions of dollars', 5.5e7, 1e7, 1e8, 'USD']]],
    ['More than a million people voted.', [['More than a million people', 1e6, 1e6 + 1, Infinity, 'count']]],
    ['She hired a dozen lawyers.', [['a dozen lawyers', 12, 12, 12, 'count']]],
    ['Turnout rose to 3 450 voters.', [['3 450 voters', 3450, 3450, 3450, 'count']]],
    ['The index closed -1.3% lower.', [['1.3%', -1.3, -1.3, -1.3, '%']]],
    ['The air cooled to minus 40 degrees Celsius.', [['40 degrees Celsius', -40, -40, -40, '°C']]],
    ['The phone has 256GB of storage and a 2.4GHz chip.', [['256GB', 256, 256, 256, 'GB'], ['2.4GHz', 2.4, 2.4, 2.4, 'GHz']]],
    ['The car makes 640 bhp.', [['640 bhp', 640, 640, 640, 'hp']]],
    ['He averaged 7.3 points a game.', [['7.3 points a game', 7.3, 7.3, 7.3, 'count']]],
    ['The ramp rises at 12.5 degrees.', [['12.5 degrees', 12.5, 12.5, 12.5, '°']]],
    ['Take one 500mg tablet with 250ml of water.', [['500mg', 500, 500, 500, 'mg'], ['250ml', 250, 250, 250, 'mL']]],
    ['The magnitude was 5.9, officials said.', [['magnitude was 5.9', 5.9, 5.9, 5.9, 'magnitude']]],
    ['The 5G network launched.', []],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.low, f.high, f.unit.name])).toEqual(want);
  });

  it('reads "3 450" as one number where the text groups thousands with spaces', () => {
    const got = figuresOf('Some 3 450 troops and 12 000 police were deployed.').map((f) => f.value);
    expect(got).toEqual([3450, 12000]);
  });
});

describe('times of day, converted so that two zones compare', () => {
  /** [span, minutes after local midnight, unit name, minutes after midnight UTC] */
  it.each<[string, [string, number, string, number][]]>([
    ['The blast came at 10:35 a.m. (0735 GMT), officials said.', [['10:35 a.m.', 635, 'time', 635], ['0735 GMT', 455, 'time UTC', 455]]],
    // A time told with its day is a date (the dates stage reads it).
    ['The blast came at 10:35 a.m. (0735 GMT) Friday.', []],
    ['The quake struck at 2:15 p.m. Tokyo time.', [['2:15 p.m. Tokyo time', 855, 'time UTC', 315]]],
    ['Trading halted at 07:40 PM IST.', [['07:40 PM IST', 1180, 'time UTC', 850]]],
    ['The train left at 4.10 PM.', [['4.10 PM', 970, 'time', 970]]],
    ['Talks resumed at noon.', [['noon', 720, 'time', 720]]],
    ['Polls close at 8 p.m. local time.', [['8 p.m. local time', 1200, 'time', 1200]]],
    ['Markets opened at 9:30 a.m. EDT.', [['9:30 a.m. EDT', 570, 'time UTC', 810]]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.canonical.value])).toEqual(want);
  });

  it.each([
    'He paid 4.10 dollars for it.',
    'The ratio was 3:1 in the end.',
    'Revenue grew 12.30 percent.',
  ])('no time: %s', (text) => {
    expect(figuresOf(text).filter((f) => f.unit.name.startsWith('time'))).toEqual([]);
  });
});

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
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.change])).toEqual(want);
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
    ['The fee is 2 per cent per year.', [['2 per cent per year', 2, '%', 'year']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.per])).toEqual(want);
  });

  it.each<[string, [string, number, string, string | undefined][]]>([
    ['Tickets cost €12 (£10.30) a head.', [['€12 (£10.30) a head', 12, 'EUR', 'head'], ['£10.30', 10.3, 'GBP', 'head']]],
    ['The bond pays $9 (A$14) in interest.', [['$9', 9, 'USD', undefined], ['A$14', 14, 'AUD', undefined]]],
    ['The offer is C$45 (US$33) per share.', [['C$45 (US$33) per share', 45, 'CAD', 'share'], ['US$33', 33, 'USD', 'share']]],
  ])('a bracketed restatement is a figure too, at the same rate: %s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.per])).toEqual(want);
  });

  it.each<[string, [string, string, string | undefined, boolean | undefined][]]>([
    ['The birds fly more than 300 km (186 miles) a day.', [['more than 300 km (186 miles) a day', 'lowerBound', undefined, undefined], ['186 miles', 'lowerBound', undefined, undefined]]],
    ['Its range falls to just 90 miles (145 km) in the cold.', [['90 miles', 'exact', 'down', true], ['145 km', 'exact', 'down', true]]],
    ['The engine makes up to 250 kW (340 PS / 335 hp).', [['up to 250 kW', 'upperBound', undefined, undefined], ['340 PS', 'upperBound', undefined, undefined], ['335 hp', 'upperBound', undefined, undefined]]],
  ])('a restatement keeps the bound and the change of what it restates: %s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.qualifier, f.change, f.reached])).toEqual(want);
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

describe('more changes and ranges', () => {
  it.each<[string, [string, number, number | undefined, string | undefined, number, number][]]>([
    ['Inflation rose to 5.2% from 4.9% in May.', [['5.2% from 4.9%', 5.2, 4.9, 'up', 5.2, 5.2]]],
    ['Volume narrowed to 1,200 lots from 1,500 lots.', [['1,200 lots from 1,500', 1200, 1500, 'down', 1200, 1200]]],
    ['The deficit grew by $4 billion to $41 billion.', [['$4 billion', 4e9, undefined, 'up', 4e9, 4e9], ['$41 billion', 41e9, undefined, 'up', 41e9, 41e9]]],
    ['Crowds of four to five thousand people gathered.', [['four to five thousand people', 4500, undefined, undefined, 4000, 5000]]],
    ['Nearly two-thirds of members voted.', [['Nearly two-thirds of members', 66.7, undefined, undefined, 63.365, 66.7]]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.from, f.change, f.low, f.high])).toEqual(want);
  });

  it.each([
    'Shares of the S&P 500 index and the Nasdaq 100 rose.',
    'The house at 9 E 71st St was sold.',
    'The mass is 1.99×10−30 kilograms.',
  ])('no figure from names, addresses or notation parts: %s', (text) => {
    expect(figuresOf(text).filter((f) => [500, 100, 9, 10, 30].includes(f.value))).toEqual([]);
  });
});

describe('elapsed times written with an article or after a name', () => {
  it.each<[string, [string, number, string, number][]]>([
    ['The reforms came less than a decade after the war.', [['less than a decade', 1, 'decade', 10]]],
    ['Just a decade ago the town was empty.', [['a decade ago', 1, 'decade', 10]]],
    ['The dynasty ruled for half a century.', [['half a century', 0.5, 'century', 50]]],
    ['The treaty created NATO 50 years ago.', [['50 years ago', 50, 'year', 50]]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.canonical.value])).toEqual(want);
  });
});

describe('"one" as a count, and "one" as a pronoun', () => {
  it('reads "one" before a noun', () => {
    expect(figuresOf('One person was killed and only one bridge stood.').map((f) => [f.text, f.value, f.concept])).toEqual([
      ['One person', 1, 'deaths'],
      ['one bridge', 1, 'bridge'],
    ]);
  });

  it.each(['One day, one of the men said no one knew.', 'It is one thing to promise and another to act.', 'They met at one point.'])('no count: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('qualifiers as intervals', () => {
  it.each<[string, string, number, number]>([
    ['About 200 homes were lost.', 'approximate', 190, 210],
    ['Nearly 200 homes were lost.', 'approximate', 190, 200],
    ['Almost 200 homes were lost.', 'approximate', 190, 200],
    ['Just under 200 homes were lost.', 'approximate', 190, 200],
    ['Some 200 homes were lost.', 'approximate', 190, 210],
    ['More than 200 homes were lost.', 'lowerBound', 200.0002, Infinity],
    ['At least 200 homes were lost.', 'lowerBound', 200.0002, Infinity],
    ['Up to 200 homes were lost.', 'upperBound', 0, 199.9998],
  ])('%s', (text, qualifier, low, high) => {
    const [f] = figuresOf(text);
    expect(f!.qualifier).toBe(qualifier);
    expect(f!.low).toBeCloseTo(low, 3);
    expect(f!.high === Infinity ? Infinity : Number(f!.high.toFixed(4))).toBe(high === Infinity ? Infinity : Number(high.toFixed(4)));
  });

  it('"just over 200" lies above 200', () => {
    const [f] = figuresOf('Just over 200 homes were lost.');
    expect(f!.low).toBeGreaterThan(200);
    expect(f!.high).toBeCloseTo(210, 6);
  });
});

describe('units and conversions; percentage points are not percent', () => {
  it.each<[string, [string, string, number, string][]]>([
    ['Support fell 2 percentage points.', [['2 percentage points', 'percentage points', 2, 'percentage points']]],
    ['Rates rose 25 basis points.', [['25 basis points', 'percentage points', 0.25, 'percentage points']]],
    ['The gap narrowed by 1.5pp.', [['1.5pp', 'percentage points', 1.5, 'percentage points']]],
    ['Turnout was 41 percent.', [['41 percent', '%', 41, '%']]],
    ['Gusts hit 80 km/h, or 50 mph.', [['80 km/h', 'km/h', 80, 'km/h'], ['50 mph', 'mph', 80.4672, 'km/h']]],
    ['Fire burned 30 hectares, or 74 acres.', [['30 hectares', 'ha', 300000, 'm²'], ['74 acres', 'acre', 299467.64, 'm²']]],
    ['It was 30°C, or 86°F.', [['30°C', '°C', 30, '°C'], ['86°F', '°F', 30, '°C']]],
    ['Police seized 2.3 tonnes and 40 kg and 9 lb of it.', [['2.3 tonnes', 't', 2300, 'kg'], ['40 kg', 'kg', 40, 'kg'], ['9 lb', 'lb', 4.08233133, 'kg']]],
    ['The road runs 12 miles, or 19 km.', [['12 miles', 'mi', 19312.128, 'm'], ['19 km', 'km', 19000, 'm']]],
  ])('%s', (text, want) => {
    const got = figuresOf(text).map((f) => [f.text, f.unit.name, Number(f.canonical.value.toFixed(8)), f.canonical.unit]);
    expect(got).toEqual(want);
  });
});
