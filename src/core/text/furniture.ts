// Page furniture: the lines a scraper keeps around an article (share counters, prompts, promos,
// bylines, credits, tag lists, breadcrumbs). General rules only, one line at a time. Every rule
// is anchored or bounded and lines longer than MAX_LINE are never furniture, so the cost stays
// linear even on a 1 MB single-line file.

import { AUTHOR_LABEL, isByline, isCredit, isNameCredit, isNotice } from './furnitureCredits';
import { anyOf, MONTHS, VERBS, WEEKDAYS } from './furnitureVocabulary';

/** Furniture is short; a long line is article text whatever it starts with. */
const MAX_LINE = 400;

// Exact whole-line controls and prompts, compared lower-cased without trailing arrows or colons.
const CONTROLS = new Set(
  ('leave a reply|leave a comment|leave a reply cancel reply|cancel reply|post a comment|add comment|add a comment|' +
    'comments|comment|show comments|view comments|hide comments|join the conversation|reply|replies|' +
    'moreless|more less|more|less|read more|show more|show less|load more|see more|view more|read less|' +
    'continue reading|read full article|read the full article|full story|print|print this|print article|' +
    'share|share this|share this article|share this story|share article|share story|share on facebook|' +
    'share on twitter|share on x|share via email|copy link|link copied|copy url|email|e-mail|tweet|' +
    'advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|promoted|paid content|' +
    'skip to content|skip to main content|skip to navigation|back to top|top|next article|previous article|' +
    'next story|previous story|next|previous|prev|menu|search|home|close|open|toggle navigation|sign in|' +
    'log in|login|logout|log out|register|subscribe|subscribe now|newsletter|newsletters|follow|follow us|' +
    'story continues below advertisement|article continues below advertisement|scroll to continue|' +
    'scroll to continue with content|continue reading below|listen to this article|listen|audio|' +
    'bookmark|save|saved|save article|gift this article|related|related articles|related stories|' +
    'related news|more stories|more news|most read|most popular|trending|trending now|recommended|' +
    'recommended for you|you may also like|you might also like|also read|read also|see also|more on this|' +
    'top stories|latest news|breaking news|live updates|watch|watch now|play|play video|video|photos|' +
    'gallery|view gallery|enlarge|expand|zoom|font size|text size|a a|aa|like|topics|trending topics')
    .split('|'),
);

// Words that only ever appear in share bars ("Facebook Twitter LinkedIn Email").
const SHARE_WORDS = new Set(
  ('share shares facebook twitter x linkedin whatsapp telegram reddit pinterest email e-mail mail print ' +
    'copy link tweet messenger flipboard tumblr threads bluesky instagram youtube tiktok sms comments comment')
    .split(' '),
);

const COUNTER_WORDS =
  'shares?|likes?|comments?|views?|reactions?|replies|reply|retweets?|reposts?|tweets?|reads?|votes?|' +
  'followers?|responses?|claps?|upvotes?|pins?|saves?|hearts?|points?';
const NUM = String.raw`\d[\d,.\s]{0,12}[KkMmBb]?\+?`;
const COUNTER = new RegExp(`^(?:${NUM}|(?:${NUM})\\s*(?:${COUNTER_WORDS})|(?:${COUNTER_WORDS})\\s*[:(]?\\s*${NUM}\\)?)$`, 'i');
// "1 of 12", "3/12": gallery position counters.
const GALLERY = /^(?:photo|image|picture|slide)?\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i;

const PROMO = anyOf([
  /^catch (?:all|the latest)\b.{0,200}\bnews\b/i,
  /^(?:download|get|install|try)\b.{0,60}\bapps?\b/i,
  /^(?:subscribe|sign[ -]?up|register)\b.{0,150}\b(?:newsletters?|you|your|our|free|inbox|e-?mail|alerts|subscription|unlimited|briefing|digest)\b/i,
  /^(?:sign[ -]?up|subscribe) (?:for|to) (?:our|the)\b/i,
  /^follow (?:us|@\w+|[\w .]{1,40} on (?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|threads|google news|bluesky))\b/i,
  /^(?:get|receive) (?:the latest|breaking|our|daily|all the|the best)\b.{0,80}\b(?:news|updates|alerts|newsletters?|stories)\b/i,
  /^(?:already a subscriber|not a subscriber|become a (?:member|subscriber)|support our journalism|you have reached|you've reached|this (?:article|content|story) is (?:for|only available to|reserved for) (?:subscribers|members))\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:listen to|watch) (?:this|the) (?:article|story|podcast|video|episode)\b/i,
  /^(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies)\b/i,
  /^(?:enjoy|get|unlock|try)\b.{0,40}\b(?:unlimited|full|digital|premium) access\b/i,
  /^subscribe\b.{0,40}[$€£¥]\d/i,
  /^(?:our journalism (?:relies|depends)|support (?:our|independent|quality) journalism|donate (?:now|today))\b/i,
  /^join (?:our|us on)\b.{0,60}\b(?:channel|group|community|newsletters?|whatsapp|telegram)\b/i,
  /^stay (?:updated|informed|tuned|connected|ahead)\b.{0,80}\b(?:apps?|newsletters?|follow|subscribe|download)\b/i,
  /^.{0,80}\b(?:subscribe to|sign up (?:for|to)) (?:our|the)\b.{0,40}\bnewsletters?\b/i,
]);

const RELATED_LINK = /^(?:read more|also read|read also|see also|related|more|watch|listen|recommended|trending|must read|don't miss|do not miss|related story|related article|related coverage|more from \w+)\s*(?::|\||»|›|>|\s[-–—])\s*\S/i;
const MEDIA_CREDIT = /^\(?(?:photo|photos|photograph|photography|image|images|picture|pictures|video|videos|graphic|graphics|illustration|gallery|caption|credits?|source|file photo|pictured|audio|map|chart)\b[^:.!?]{0,25}:/i;
const PHOTO_BY = /^\(?(?:photo|photograph|image|picture|video|illustration|graphic)s? (?:by|courtesy|credit)\b/i;
const PHOTO_AGENCY = /^(?:[\p{L} .&-]{0,40}\s)?(?:via\s)?(?:getty images|shutterstock|istock|alamy|ap photo|afp|reuters|epa-efe|anadolu)(?:\s*\/\s*[\p{L} .]{1,40})?$/iu;
const AGENCY_PAREN = /^\((?:ap|afp|reuters|getty|epa|xinhua|ani|pti|photo|file)\b[^()]{0,100}\)$/i;
const READ_TIME = /^\d{1,3}\s*-?\s*(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)$|^(?:reading|read|listening) time\s*:?\s*\d/i;
const DATELINE = /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Za-z0-9 .]{1,30})?(?:\s*\([A-Za-z .&-]{1,30}\))?\s*[-–—:]?$/;
const HASHTAGS = /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*$/u;
const GLUE = /[a-z][A-Z][a-z]/;
const DATEISH = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday)/i;
const BREADCRUMB_CHAR = /[›»>/|•·→]/;
const BREADCRUMB_SEP = /\s*(?:›|»|>|\/|\||•|·|→)\s*/;

const DATE_WORDS = new Set(
  `${MONTHS}|${WEEKDAYS}|am|pm|a.m|p.m|gmt|utc|et|est|edt|pt|pst|pdt|ct|cst|cdt|bst|cet|cest|ist|jst|kst|aest|hkt|sgt|z|updated|update|published|posted|last|modified|first|on|at|ago|just|now|today|yesterday|hours|hour|hrs|hr|h|minutes|minute|mins|min|seconds|secs|days|day|weeks|week|edited|created|date|time|of|and`.split(
    '|',
  ),
);
const ANCHOR_DATE_WORDS = new Set(`${MONTHS}|${WEEKDAYS}|today|yesterday|ago`.split('|'));

export interface FurnitureContext {
  /** The document's title, to spot it repeated and glued to breadcrumbs. */
  title?: string;
}

/**
 * Why the line is page furniture, or undefined when it is article text. `line` is trimmed.
 * Reasons: share counter, page control, share buttons, promo, credit line, automation notice,
 * hashtags, byline, author credit, timestamp, dateline, media label, related link,
 * repeated headline, glued navigation, breadcrumbs, tag list.
 */
export function furnitureReason(line: string, ctx: FurnitureContext = {}): string | undefined {
  const n = line.length;
  if (n === 0 || n > MAX_LINE) return undefined;
  // Cheap gates first: most lines are long body sentences that only the anchored rules can touch.
  if (n <= 40 && (COUNTER.test(line) || GALLERY.test(line))) return 'share counter';
  if (n <= 80) {
    const norm = line
      .toLowerCase()
      .replace(/[\s:»›>→…|.!]+$/u, '')
      .replace(/^[\s•·|»›>-]+/u, '')
      .replace(/\s+/g, ' ');
    if (CONTROLS.has(norm)) return 'page control';
    if (isShareBar(norm)) return 'share buttons';
  }
  if (PROMO.test(line)) return 'promo';
  if (isCredit(line)) return 'credit line';
  if (isNotice(line)) return 'automation notice';
  if (line.charCodeAt(0) === 35 && HASHTAGS.test(line)) return 'hashtags';
  if (isByline(line) || AUTHOR_LABEL.test(line)) return 'byline';
  if (isNameCredit(line)) return 'author credit';
  if (READ_TIME.test(line) || isTimestamp(line)) return 'timestamp';
  if (isDateline(line)) return 'dateline';
  if (isMediaLabel(line) || MEDIA_CREDIT.test(line) || PHOTO_BY.test(line) || AGENCY_PAREN.test(line) || (n <= 80 && PHOTO_AGENCY.test(line)))
    return 'media label';
  if (RELATED_LINK.test(line)) return 'related link';
  if (ctx.title && isRepeatedTitle(line, ctx.title)) return 'repeated headline';
  if (GLUE.test(line) && isGluedNavigation(line)) return 'glued navigation';
  if (isBreadcrumbs(line)) return 'breadcrumbs';
  if (isTagList(line)) return 'tag list';
  return undefined;
}

/**
 * Furniture that may sit at the end of an article paragraph ("... she said. Reuters contributed
 * to this report."), judged per sentence: only the specific credit/notice/promo shapes.
 */
export function sentenceFurnitureReason(sentence: string): string | undefined {
  if (sentence.length > MAX_LINE) return undefined;
  if (isCredit(sentence)) return 'credit line';
  if (isNotice(sentence)) return 'automation notice';
  if (PROMO.test(sentence)) return 'promo';
  return undefined;
}

/** True when the line reads as a headline: short, several words, no sentence-final stop. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 200 || line.length < 8) return false;
  const words = line.split(/\s+/).length;
  if (words < 2 || words > 30) return false;
  const last = line.replace(/["'”’»)\]]+$/u, '').slice(-1);
  return last !== '' && !'.!:;,-–—'.includes(last);
}

function words(s: string): string[] {
  return s.split(/[\s,;|/()]+/).filter((w) => w.length > 0);
}

function isShareBar(norm: string): boolean {
  const ws = norm.split(/[\s|•·/,]+/).filter((w) => w.length > 0);
  return ws.length >= 2 && ws.every((w) => SHARE_WORDS.has(w) || /^\d[\d,.]*k?$/.test(w));
}

/** The title again later: alone, after breadcrumbs glued to it, or with navigation glued after it. */
function isRepeatedTitle(line: string, title: string): boolean {
  if (line === title) return true;
  if (line.length <= title.length) return false;
  if (line.endsWith(title)) return true;
  return line.startsWith(title) && /[\p{L}\p{N}]/u.test(line[title.length]!);
}

function isTimestamp(line: string): boolean {
  if (line.length > 100 || !DATEISH.test(line)) return false;
  const toks = line
    .toLowerCase()
    .split(/[\s,/|·•()–—]+|-(?=\D)|:(?=\s|$)/)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t.length > 0);
  let anchored = false;
  for (const t of toks) {
    if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(t) || /^\d{4}-\d{2}-\d{2}(?:t[\d:.+z-]*)?$/.test(t)) {
      anchored = true;
      continue;
    }
    if (/^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm|a\.m|p\.m)?$/.test(t)) {
      anchored = true;
      continue;
    }
    if (!DATE_WORDS.has(t)) return false;
    if (ANCHOR_DATE_WORDS.has(t)) anchored = true;
  }
  return anchored;
}

function isDateline(line: string): boolean {
  if (line.length > 90 || !DATELINE.test(line)) return false;
  // An all-caps place alone could be a heading; a dateline also carries an agency, a date or a dash.
  return /\)|[-–—:]$|,/.test(line);
}

// What a label before embedded media or links is about ("Bonus video:", "See also:").
const MEDIA_WORDS = new Set(
  ('video videos watch related see also photo photos image images gallery read more listen audio podcast ' +
    'graphic graphics map chart infographic bonus explainer live updates trending recommended sponsored ' +
    'advertisement opinion analysis picks stories story coverage latest news must miss clip footage slideshow')
    .split(' '),
);

/** A short label ending with a colon, naming media or links, with nothing after it. */
function isMediaLabel(line: string): boolean {
  if (line.length > 60 || !/[:：]$/.test(line) || !/^\p{Lu}/u.test(line) || /\d/.test(line)) return false;
  const ws = line.slice(0, -1).toLowerCase().split(/\s+/);
  return ws.length <= 5 && ws.some((w) => MEDIA_WORDS.has(w.replace(/[’']s$/, ''))) && !ws.some((w) => VERBS.has(w));
}

/**
 * Navigation scraped without its separators glues words: "NewsPoliticsWorld", "andLatest".
 * A hump is a lower-case letter followed by an upper-case one and a lower-case one; brand names
 * ("YouTube") have one, so this needs two humps in one token, or a lower-case word glued to a
 * capitalised one plus another hump, and at least one hump per ten words.
 */
function isGluedNavigation(line: string): boolean {
  let humps = 0;
  let strong = 0;
  let tokenHumps = 0;
  let maxTokenHumps = 0;
  let tokenStart = 0;
  let skipToken = false;
  let words = 1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) {
      words++;
      tokenHumps = 0;
      tokenStart = i + 1;
      skipToken = false;
      continue;
    }
    if (i === tokenStart && (c === 35 || c === 64)) skipToken = true; // #hashtag, @handle
    if (skipToken || !isLower(c) || i + 2 >= line.length) continue;
    if (!isUpper(line.charCodeAt(i + 1)) || !isLower(line.charCodeAt(i + 2))) continue;
    // Length of the lower-case run ending at i, and what starts the word.
    let j = i;
    while (j > tokenStart && isLower(line.charCodeAt(j - 1))) j--;
    const run = i - j + 1;
    if (run < 2) continue; // "McDonald", "iPhone", "DeSantis"
    humps++;
    tokenHumps++;
    if (j === tokenStart || !isLetter(line.charCodeAt(j - 1))) strong++; // "andLatest"
    if (tokenHumps > maxTokenHumps) maxTokenHumps = tokenHumps;
  }
  // Dense: a sentence with two typos of the kind "statementThe" stays article text.
  if (humps * 10 < words) return false;
  return maxTokenHumps >= 2 || (strong >= 1 && humps >= 2);
}

function isBreadcrumbs(line: string): boolean {
  if (line.length > 150 || /[.!?]$/.test(line) || !BREADCRUMB_CHAR.test(line)) return false;
  const parts = line.split(BREADCRUMB_SEP);
  if (parts.length < 3) return false;
  return parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 4 && !/[.!?,;]/.test(p));
}

function isTagList(line: string): boolean {
  if (line.length > 300 || !/[,;|:]/.test(line)) return false;
  // Figures are article text, whatever the shape of the line ("Troops: 53,000, ships: 12").
  if (/\d[,.]\d|[$€£¥%]/.test(line)) return false;
  let body = line;
  const label = /^(?:tags|topics|related topics|keywords|filed under|categories|category)\s*:\s*/i.exec(line);
  if (label) body = line.slice(label[0].length);
  if (/[.!?:;,"“”]$/.test(body)) return false;
  const items = body.split(/\s*[,;|]\s*/);
  if (items.length < (label ? 1 : 3)) return false;
  if (/^(?:and|or)\s/i.test(items[items.length - 1]!)) return false; // a list in prose
  return items.every((it) => {
    if (it.length === 0 || it.length > 40) return false;
    const ws = words(it);
    return ws.length >= 1 && ws.length <= 5 && !ws.some((w) => VERBS.has(w.toLowerCase()));
  });
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c);
}
