// A TimeML (.tml) article as plain text with its TIMEX3 expressions as offsets into it: the body
// of <TEXT> with every tag removed and entities decoded, and the creation date (DCT).

export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

export interface TimeMlDoc {
  id: string;
  /** The article's creation date, YYYY-MM-DD. */
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attributes = (s: string) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], decodeEntities(m[2]!)]));

export function parseTimeMl(id: string, xml: string): TimeMlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = attributes(dctTag?.[1] ?? '').value?.slice(0, 10);
  if (!dct || !/^\d{4}-\d{2}-\d{2}$/.test(dct)) throw new Error(`${id}: no creation date (DCT)`);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new Error(`${id}: no <TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: Timex[] = [];
  const openTimex: { start: number; type: string; value: string }[] = [];
  let at = 0;
  for (const tag of body.matchAll(/<(\/?)(\w+)([^>]*?)\/?>/g)) {
    text += decodeEntities(body.slice(at, tag.index));
    at = tag.index! + tag[0].length;
    if (tag[2] !== 'TIMEX3') continue;
    if (!tag[1]) {
      const a = attributes(tag[3]!);
      openTimex.push({ start: text.length, type: a.type ?? '', value: a.value ?? '' });
    } else {
      const t = openTimex.pop();
      if (t) timexes.push({ ...t, end: text.length, text: text.slice(t.start, text.length) });
    }
  }
  text += decodeEntities(body.slice(at));
  return { id, dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}
