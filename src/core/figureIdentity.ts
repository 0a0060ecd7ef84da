// What fact a figure states beyond its measure (read by src/core/align/identity.ts): its own file so
// that types.ts stays one screenful of the shared shapes.

/**
 * Which fact a figure states, beyond what it counts: two figures with different subjects,
 * different named estimators or different events are never the same claim.
 */
export interface FigureIdentity {
  /** Places, organisations or people the figure's clause is about, lower-cased ("paris", "credit suisse"). */
  subjects: string[];
  /** The subject as the source writes it ("Credit Suisse", "Kenya and Tanzania"), for claim names. */
  subjectLabel?: string;
  /** The preposition that places the subject ("in", "at", "across"); '' when it is the clause's subject ("UBS employs"). */
  subjectPrep?: string;
  /** The subjects are coordinated ("in Kenya and Tanzania"): a total over them, not any one of them. */
  joint: boolean;
  /** The total says in words that it is over several ("the two banks", "both", "combined"). */
  several?: boolean;
  /** "nationwide", "across the country", "worldwide", "in all": the whole, not a part. */
  whole: boolean;
  /** The clause marks the figure as a part of a whole ("in Paris alone"). */
  part: boolean;
  /** Whose estimate: 'official' (ministry, police, authorities), 'organisers' (unions, organisers) or a lower-cased name. */
  attribution?: string;
  /** A named estimator as the source writes it ("CNBC", "U.S. Geological Survey"), for claim names. */
  attributionLabel?: string;
  /** The estimator's proper name, lower-cased, whatever its side ("u.s. geological survey"): two named estimators' values are two measures. */
  estimator?: string;
  /** The earlier time or event the figure belongs to: a past year ("1985"), 'earlier' ("last year's storm"), 'another' ("in a separate accident") or 'forecast' (a poll's or a prediction's figure). */
  anchor?: string;
  /** The day a sentence listing values by date gives this one ("january 19"): another day's figure. */
  dated?: string;
  /** The day the figure's clause gives its own event ("sunday", "jun 26"): another day's event is another fact. */
  day?: string;
  /** Words that tell one count of a thing from another ("original", "new", "remaining"), sorted. */
  modifiers: string[];
  /** The figure is a change of a level ("cut 900 jobs", "rose by 5%", "11,000 jobs at risk"), not the level. */
  change?: boolean;
  /** Which way the change went, when the words say ("rose", "a loss of", "+29"): a rise and a fall are two facts. */
  direction?: 'up' | 'down';
  /** The clause's subject that has the figure when it stands too far off to be a subject ("the Greens ..., winning 57 seats"). */
  holder?: string;
  /** The clause is about another one of its kind ("two other plants ... were 65% repaired"). */
  other?: boolean;
  /** A stage of the work on the dead ("the identification of 140 bodies", "recovered 40 bodies"), not their number. */
  stage?: 'identified' | 'recovered';
  /** What happened to the things counted ("1,700 homes destroyed", "2,300 damaged or destroyed"): each is another count. */
  harm?: 'destroyed' | 'damaged' | 'damaged or destroyed';
  /** The year a forecast is for ("by the end of 2025": '2025'; "next year" with no report year: '+1'). */
  forYear?: string;
  /** A margin ("a majority of 64", "a 12-point lead") or a threshold ("201 seats needed to win"), not a level. */
  standard?: 'margin' | 'threshold';
  /** The words of the point a change is measured from ("from its peak in 2007" → peak, 2007). */
  baseline?: string[];
  /** The accounting basis an amount or share is stated on ("gaap", "non-gaap", "adjusted", "excluding"). */
  basis?: string;
  /** The segment an amount or share is about ("data center", "gaming"): a part of the business, not the whole. */
  segment?: string;
  /** The period a change is measured over: 'quarter' ("sequentially") or 'year' ("year on year"). */
  period?: string;
  /** A market quote (a share price or a stock's move), which changes through the day. */
  quote?: boolean;
  /** A subset of a group ("two of those killed", "three of them"), not the group's count. */
  subset?: boolean;
  /** The sentence says the figure corrects an earlier one ("revised", "corrected"). */
  revised: boolean;
  /** When the figure was reported, as written ("as of Tuesday night", "by early Wednesday"). */
  asOf?: string;
}
