// The words and pattern pieces of the date grammar (./grammar.ts): month and weekday names,
// numbers and ordinals in words, the regular-expression parts for years, days and numbers, and
// the small readers of their captures. Split from grammar.ts, which holds the rules and their order.

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100,
};
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, 'seventy-fifth': 75, eightieth: 80, ninetieth: 90, hundredth: 100, centennial: 100,
};

// Month names are matched case-sensitively (capitalised) so that "march" and "may" the verbs are
// not dates; "May" alone additionally needs a day or a year next to it. Abbreviations come with or
// without their dot ("Dec. 31", "Dec 31, 2016", "3 Aug 2014"); every rule that uses MONTH_RE wants a
// day or a year beside the month, and a month alone is MONTH_FREE_RE's (full names only).
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
export const MONTH_FREE_RE = '(?:January|February|March|April|June|July|August|September|October|November|December)';
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
export const YEAR_RE = '(?:1[5-9]\\d\\d|20\\d\\d)';
export const DAY_RE = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
export const UNITS_RE = '(?:one|two|three|four|five|six|seven|eight|nine)';
export const TEENS_RE = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
export const TENS_RE = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
export const NUM_RE = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
export const ORD_RE = `(?:\\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})`;
// A number that is part of a bigger figure or an amount is never a year or a day.
export const NOT_AFTER = '(?<![\\d$£€¥.,/-])';
export const NOT_BEFORE = '(?![\\d%/]|[.,]\\d|-(?:year|mile|km|day)|\\s*(?:percent|per cent|%))';


export const monthOf = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
export const weekdayOf = (name: string): number => WEEKDAYS.indexOf(name.toLowerCase());
export const num = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : (NUMBER_WORDS[s.toLowerCase()] ?? NaN));
export const ordinal = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : (ORDINAL_WORDS[s.toLowerCase()] ?? NaN));
export const validDay = (month: number, day: number): boolean => day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
export const weekdayPart = (name: string | undefined): { weekday?: number } => (name ? { weekday: weekdayOf(name) } : {});
export type TimeUnit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade';
export const unitOf = (s: string): TimeUnit => s.toLowerCase().replace(/s$/, '') as TimeUnit;
