// Paragraphs and sentences with exact UTF-16 offsets into the original text, and page furniture.
// A hand-written single pass rather than compromise: it is linear on any input (a 1 MB line with
// no newline included) and never moves an offset.
import type { Paragraph, Segmentation, Sentence, Span } from '../types';
import { furnitureReason, isHeadlineLike, sentenceFurnitureReason } from './furniture';

const WEAK_REASONS = new Set(['tag list', 'dateline', 'author credit']);

/**
 * Splits a source into paragraphs (one per non-empty line) and sentences, marks page furniture
 * (`furnitureReason` says which rule fired) and picks the title: the first non-furniture line
 * when it reads as a headline. Sentences of furniture paragraphs are furniture too.
 */
export function segment(text: string): Segmentation {
  const lines = splitLines(text);
  const paragraphs: Paragraph[] = [];
  let title: string | undefined;
  let titleSeen = false;
  for (const span of lines) {
    const line = text.slice(span.start, span.end);
    // Bylines and counters may precede the headline; the first other line is the title candidate.
    // Title-case headlines can look like weak furniture ("Japan, US, China"), so those may be it.
    let reason = furnitureReason(line, { title });
    if (!titleSeen && (reason === undefined || WEAK_REASONS.has(reason))) {
      titleSeen = true;
      if (isHeadlineLike(line)) {
        title = line;
        reason = undefined;
      }
    }
    const p: Paragraph = { index: paragraphs.length, start: span.start, end: span.end, furniture: reason !== undefined };
    if (reason !== undefined) p.furnitureReason = reason;
    paragraphs.push(p);
  }
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p.start, p.end)) {
      const sText = text.slice(s.start, s.end);
      sentences.push({
        index: sentences.length,
        paragraph: p.index,
        start: s.start,
        end: s.end,
        text: sText,
        furniture: p.furniture || sentenceFurnitureReason(sText) !== undefined,
      });
    }
  }
  const result: Segmentation = { paragraphs, sentences };
  if (title !== undefined) result.title = title;
  return result;
}

// ---------------------------------------------------------------------------
// Lines

/** Non-empty lines, trimmed. Breaks: LF, CRLF, CR, NEL, VT, FF, U+2028, U+2029. */
export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x85 && c !== 0x0b && c !== 0x0c && c !== 0x2028 && c !== 0x2029) continue;
    pushTrimmed(text, start, i, out);
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** Horizontal white space, NBSP and friends, and the BOM / zero-width space that scrapers leave. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000
  );
}

// ---------------------------------------------------------------------------
// Sentences

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
function isCjkTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
const CJK_CLOSERS = '」』）】〕”’';
const CLOSERS = '"\'”’»)]}›';
const OPENERS = '"\'“‘«([¿¡';

// Never end a sentence: titles before a name, and abbreviations used mid-sentence.
const ALWAYS_ABBR = new Set(
  'mr mrs ms messrs dr prof gen lt col capt cpt sgt adm maj cmdr brig gov sen rep reps rev hon pres supt insp det mme mlle vs v e.g i.e cf viz approx ca'.split(
    ' ',
  ),
);
// Before a number only: "No. 5", "Jan. 20", "p. 12", "Rs. 500".
const NUMBER_ABBR = new Set(
  'no nos vol vols p pp art fig figs ch sec para op rs sfr jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
// May end a sentence: they end one when the next word is a usual sentence opener.
const FINAL_ABBR = new Set('inc corp ltd co llc plc jr sr etc al bros st mt ft dept govt univ est a.m p.m'.split(' '));
const MONTH_ABBR = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const OPENER_WORDS = new Set(
  ('the a an he she it they we i you this that these those there his her its their our but and in on at as ' +
    'after before when while if meanwhile however also some many most according officials still yet so then ' +
    'now what why how who both one neither no not for with from by during since under last earlier later')
    .split(' '),
);

/**
 * Longest sentence handed to the later stages (news sentences stay far below: the seeds' and
 * fixtures' longest is under 300 characters). Their per-sentence work (tagging, labels, nearest
 * verb) grows faster than linearly with the sentence, so a run of text without sentence
 * punctuation (a scraped table, a 1 MB line) is cut into pieces of at most this length.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Sentence spans of the trimmed paragraph [start, end); they tile it minus inter-sentence space. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const s of splitAtTerminals(text, start, end)) pushCapped(text, s, spans);
  return spans;
}

/** Appends `s`, cut into pieces of at most MAX_SENTENCE_CHARS: after a clause mark, else at a space. */
function pushCapped(text: string, s: Span, out: Span[]): void {
  let start = s.start;
  while (s.end - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    let cut = -1;
    // Prefer the last ; or , followed by a space in the second half of the window, then any space.
    for (let i = limit - 1; i > start + MAX_SENTENCE_CHARS / 2 && cut < 0; i--) {
      if ((text[i] === ';' || text[i] === ',') && isSpace(text.charCodeAt(i + 1))) cut = i + 1;
    }
    for (let i = limit; i > start && cut < 0; i--) if (isSpace(text.charCodeAt(i))) cut = i;
    if (cut < 0) cut = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit; // no space at all: never split a pair
    pushTrimmed(text, start, cut, out);
    start = cut;
    while (start < s.end && isSpace(text.charCodeAt(start))) start++;
  }
  pushTrimmed(text, start, s.end, out);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function splitAtTerminals(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sStart = start;
  for (let i = start; i < end; i++) {
    if (isCjkTerminal(text.charCodeAt(i))) {
      // 。！？ end a sentence with no space after them (Chinese, Japanese).
      let k = i + 1;
      while (k < end && (isCjkTerminal(text.charCodeAt(k)) || CJK_CLOSERS.includes(text[k]!))) k++;
      if (k >= end) break;
      pushTrimmed(text, sStart, k, out);
      let m = k;
      while (m < end && isSpace(text.charCodeAt(m))) m++;
      sStart = m;
      i = m - 1;
      continue;
    }
    if (!isTerminal(text.charCodeAt(i))) continue;
    let j = i;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    let k = j;
    while (k < end && CLOSERS.includes(text[k]!)) k++;
    if (k >= end) break;
    if (!isSpace(text.charCodeAt(k))) {
      i = k - 1;
      continue;
    }
    let m = k;
    while (m < end && isSpace(text.charCodeAt(m))) m++;
    if (m >= end) break;
    const single = j - i === 1 && text[i] === '.';
    if (!startsSentence(text, m, end) || (single && abbreviationHolds(text, sStart, i, m, end))) {
      i = k - 1;
      continue;
    }
    pushTrimmed(text, sStart, k, out);
    sStart = m;
    i = m - 1;
  }
  pushTrimmed(text, sStart, end, out);
  return out;
}

function startsSentence(text: string, m: number, end: number): boolean {
  let p = m;
  // Opening quotes/brackets: what follows them decides.
  while (p < end && p - m < 3 && OPENERS.includes(text[p]!)) p++;
  if (p >= end) return false;
  const cp = text.codePointAt(p)!;
  if (cp >= 48 && cp <= 57) return true;
  const ch = String.fromCodePoint(cp);
  if (/[\p{Lu}\p{Lt}\p{Lo}]/u.test(ch)) return true;
  // Quote followed by something other than a lower-case letter ("“…” He said", "'90s").
  return p > m && !/\p{Ll}/u.test(ch);
}

/** Whether the full stop at `dot` belongs to an abbreviation, initial or list number. */
function abbreviationHolds(text: string, sStart: number, dot: number, next: number, end: number): boolean {
  // The token before the dot: letters and inner dots, at most 12 characters back.
  let t = dot;
  while (t > sStart && dot - t < 12 && isTokenChar(text.charCodeAt(t - 1))) t--;
  if (t === dot) return false;
  if (t > sStart && isTokenChar(text.charCodeAt(t - 1))) return false; // a long word
  if (t > sStart && /[\p{L}\p{N}]/u.test(text[t - 1]!)) return false;
  const raw = text.slice(t, dot);
  const tok = raw.toLowerCase();
  const nextIsDigit = isDigit(text.charCodeAt(next));
  if (/^\d{1,2}$/.test(raw)) return t === sStart; // "1. The first point" opens a list item
  if (/\d/.test(raw)) return false;
  if (ALWAYS_ABBR.has(tok) && raw !== 'V') return true; // "Roe v. Wade", but "Type V." may end one
  if (NUMBER_ABBR.has(tok) && nextIsDigit) return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, Math.min(end, next + 20)))?.[0]?.toLowerCase() ?? '';
  const opener = OPENER_WORDS.has(nextWord);
  if (MONTH_ABBR.has(tok)) return !opener;
  const initial = /^\p{Lu}$/u.test(raw);
  const dotted = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(raw); // U.S, a.m, Ph.D
  if (FINAL_ABBR.has(tok) || initial || dotted) return !opener;
  return false;
}

function isTokenChar(c: number): boolean {
  return c === 46 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
