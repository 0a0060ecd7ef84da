// Changes as a reader tells them apart from levels: "rose 5%", "was down 19 cents", "fell to
// 49.5", "from 62 to 64". A change keeps its direction and, for "from X to Y", the value it
// started from; the figure's value stays what the sentence states (the amount of the change, or
// the level reached), so a change is never read as a level of its own.

export type ChangeDirection = 'up' | 'down';

const UP = /^(rose|rise|rises|rising|risen|up|gain|gains|gained|gaining|added|adds|climb|climbs|climbed|climbing|jump|jumps|jumped|jumping|increase|increases|increased|increasing|surge|surges|surged|surging|grew|grow|grows|growing|grown|soar|soars|soared|rallied|rallies|rally|rallying|advance|advanced|advances|advancing|higher|spiked|leapt|leaped|boosted|swelled|widened|accelerated)$/i;
const DOWN = /^(fell|fall|falls|falling|fallen|down|drop|drops|dropped|dropping|lost|loses|losing|decline|declines|declined|declining|decrease|decreases|decreased|decreasing|slip|slips|slipped|slipping|plunge|plunges|plunged|plunging|plummet|plummeted|plummets|plummeting|tumble|tumbling|slid|slides|sliding|sank|sinks|sinking|tumbled|tumbles|shed|sheds|lower|dipped|dips|shrank|shrunk|shrinks|slumped|slumps|eased|eases|retreated|narrowed|contracted|lowered|lowering|slowed)$/i;

/** Whether `word` is a verb or adverb of change ("rose", "fell", "up", "down"). */
export function isChangeWord(word: string): boolean {
  return UP.test(word) || DOWN.test(word);
}

/** Words that end the reach of a change verb: another clause or another subject. */
const CLAUSE_END = /[,;:()]|\b(and|but|while|whereas|which|who|after|before|when|compared)\s*$/i;

/**
 * The direction of a change verb that governs a number starting at `numberStart`: within a few
 * words before it in the same clause ("rose 0.2%", "was up 19 cents", "fell 0.4% to 13,176").
 */
export function changeBefore(text: string, sentenceStart: number, numberStart: number): ChangeDirection | undefined {
  const before = text.slice(Math.max(sentenceStart, numberStart - 60), numberStart);
  const words = before.split(/(?<=\s)/);
  let seen = 0;
  for (let k = words.length - 1; k >= 0 && seen < 7; k--) {
    const raw = words[k]!;
    if (k < words.length - 1 && CLAUSE_END.test(raw.trim()) && /[,;:()]$/.test(raw.trim())) return undefined;
    const word = raw.trim().replace(/[^A-Za-z]/g, '');
    if (!word) continue;
    seen++;
    if (/^(and|but|while|whereas|which|who|when|compared|from|since|between)$/i.test(word)) return undefined;
    // "the biggest increase in 18 months", "rose 1% for every 9 weeks": a number after another
    // preposition is not what rose or fell ("rose by 5%", "up 19 cents at $58.24" are).
    if (/^(in|on|for|during|over|after|within|with|against|than|across|under|every|each)$/i.test(word)) return undefined;
    // "up to 250 kW": a bound, not a rise
    if (/^up$/i.test(word) && /^to\b/i.test((words[k + 1] ?? '').trim())) continue;
    // "making up nearly 90% of revenue", "took up 40%": a particle of the verb before it, not a rise
    if (/^up$/i.test(word) && /^(?:make|makes|made|making|take|takes|took|taking|taken|end|ends|ended|ending|pick|picks|picked|picking|sum|sums|summed|summing|add|adds|added|adding|show|shows|showed|showing|turn|turns|turned|turning)$/i.test((words[k - 1] ?? '').trim().replace(/[^A-Za-z]/g, ''))) return undefined;
    // "she added that there were 240": a verb of saying, not an addition
    if (/^add(?:s|ed)?$/i.test(word) && /^(?:that\b|[,:"“])/i.test((words[k + 1] ?? '').trim())) return undefined;
    if (UP.test(word)) return 'up';
    if (DOWN.test(word)) return 'down';
  }
  return undefined;
}

/** Verbs and nouns before "from X to Y" that make it a span of values rather than a change. */
const RANGE_WORDS = /\b(range|ranges|ranging|ranged|vary|varies|varying|varied|anywhere|somewhere|spanning|spans)\b[^,;]{0,30}$/i;

/**
 * "from 62 to 64": a change from the first value to the second unless the words before make it
 * a span of values ("prices range from $370,000 to $5.5 million").
 */
export function fromToReading(text: string, sentenceStart: number, firstStart: number): 'change' | 'range' | undefined {
  const before = text.slice(Math.max(sentenceStart, firstStart - 60), firstStart);
  if (!/\bfrom\s+(?:[A-Z]{1,3}\s?)?[$€£¥₹]?\s*$/i.test(before)) return undefined;
  return RANGE_WORDS.test(before.replace(/\bfrom\s+\S*\s*$/i, '')) ? 'range' : 'change';
}

/**
 * Whether a number starting at `numberStart`, governed by a change word, is the level the change
 * reached rather than its amount: "fell to 49.5", "was up 19 cents at $58.24", "gained 1% to close
 * at 1,478", "edged down 0.03% to a close of 1,463.87", "finished 34% higher at 3.23".
 */
export function isReachedLevel(text: string, sentenceStart: number, numberStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, numberStart - 40), numberStart);
  return /\b(?:to|at)\s+(?:(?:a\s+)?(?:close|high|low|finish|record|level|peak|end)\s+of\s+|(?:close|end|finish|settle|trade|stand)\s+at\s+)?(?:just\s+|only\s+)?(?:[A-Z]{1,3}\s?)?[$€£¥₹]?\s*$/i.test(before);
}
