// A small, general-purpose lexicon of what news figures count. Two figures can state the same
// measure only if what they count maps to the same concept here (or has the same head lemma).
// Each concept lists lemmas (singular, lower-case) and multi-word phrases; documented in
// docs/lexicon.md. Nothing here is specific to any one story.
import { stem } from '../text/words';

export interface Concept {
  id: string;
  /** Shown in claim descriptions ("military personnel"). */
  label: string;
  /** Head-noun lemmas that mean this concept on their own. */
  heads: string[];
  /** Phrases (lemmatised words joined by spaces) that mean it even if the head alone does not. */
  phrases?: string[];
  /** Participles or nouns that turn a generic "people" into this concept ("people killed"). */
  cues?: string[];
  /** Counts that only grow as reports come in (tolls), so later reports may rightly say more. */
  cumulative?: boolean;
  /** What happened to people (killed, injured, arrested): it wins over who they were ("two soldiers were killed"). */
  outcome?: boolean;
  /** A kind of person, whose count an outcome cue turns into that outcome, kept as the role. */
  human?: boolean;
  /** Cues that match only as whole words ("parts" is no "participate", "March" no "marched"). */
  exactCues?: boolean;
  /** Counts that fall as well as rise between reports (the missing are found, patients go home). */
  fluctuates?: boolean;
  /** Outcomes this kind of person has by definition: passengers are aboard ("carrying 175 passengers" counts passengers). */
  implies?: string[];
  /** A happening counted ("two blasts"): never what a bare number nearby is the value of ("the toll from the blast rose to 12"). */
  happening?: boolean;
}

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'military-personnel',
    label: 'military personnel',
    human: true,
    heads: ['troop', 'troops', 'soldier', 'servicemember', 'serviceman', 'servicewoman', 'marine', 'sailor', 'airman', 'paratrooper', 'reservist', 'conscript'],
    phrases: ['service member', 'military personnel', 'armed forces personnel', 'military member', 'uniformed personnel', 'active duty'],
  },
  {
    id: 'deaths',
    cumulative: true,
    outcome: true,
    label: 'deaths',
    heads: ['death', 'fatality', 'dead', 'life', 'body', 'toll'],
    phrases: ['death toll', 'people dead', 'lives lost'],
    cues: ['kill', 'killed', 'dead', 'die', 'died', 'death', 'deaths', 'perish', 'perished', 'fatality', 'fatalities', 'toll', 'lives', 'deceased'],
  },
  {
    id: 'injuries',
    cumulative: true,
    outcome: true,
    label: 'injured',
    heads: ['injury', 'injured', 'wounded'],
    cues: ['injure', 'injured', 'injuries', 'wound', 'wounded', 'hurt', 'hospitalised', 'hospitalized'],
  },
  {
    id: 'missing',
    cumulative: true,
    fluctuates: true,
    outcome: true,
    label: 'missing',
    heads: ['missing'],
    cues: ['missing', 'unaccounted'],
  },
  {
    id: 'displaced',
    cumulative: true,
    fluctuates: true,
    outcome: true,
    label: 'displaced or evacuated',
    heads: ['evacuee', 'refugee', 'displaced', 'homeless'],
    cues: ['evacuate', 'evacuated', 'displace', 'displaced', 'homeless', 'flee', 'fled', 'shelter', 'shelters', 'sheltering', 'relocated', 'rehoused'],
  },
  {
    id: 'strikers',
    cumulative: true,
    outcome: true,
    label: 'strikers',
    // no head: "five strikers" are as often a football club's forwards
    heads: [],
    cues: ['strike', 'strikes', 'striking', 'walkout', 'walkouts'],
    exactCues: true,
  },
  {
    id: 'arrests',
    cumulative: true,
    outcome: true,
    label: 'arrests',
    heads: ['arrest', 'detainee'],
    cues: ['arrest', 'arrested', 'detain', 'detained'],
  },
  {
    id: 'responders',
    label: 'rescuers and responders',
    human: true,
    heads: ['rescuer', 'firefighter', 'responder', 'paramedic', 'lifeguard'],
    phrases: ['emergency worker', 'rescue worker', 'rescue team', 'aid worker', 'emergency responder', 'first responder'],
  },
  {
    id: 'crew',
    label: 'crew',
    human: true,
    heads: ['crew', 'crewman', 'crewmember', 'crewwoman'],
    phrases: ['crew member', 'cabin crew', 'flight attendant'],
  },
  {
    id: 'dwellings',
    label: 'homes',
    heads: ['home', 'house', 'dwelling', 'residence', 'housing unit', 'apartment', 'household'],
  },
  {
    id: 'buildings',
    label: 'buildings',
    heads: ['building', 'structure'],
  },
  {
    id: 'employees',
    label: 'employees',
    human: true,
    heads: ['employee', 'worker', 'staff', 'staffer', 'workforce', 'headcount', 'job', 'position'],
    phrases: ['member of staff', 'full-time employee'],
    cues: ['employ', 'employed', 'employs', 'employing', 'payroll'],
  },
  {
    id: 'votes',
    label: 'votes',
    heads: ['vote', 'ballot'],
  },
  {
    id: 'seats',
    label: 'seats',
    heads: ['seat', 'mandate'],
  },
  {
    id: 'aircraft',
    label: 'aircraft',
    heads: ['aircraft', 'plane', 'jet', 'airplane', 'aeroplane', 'fighter', 'warplane', 'helicopter', 'drone'],
  },
  {
    id: 'ships',
    label: 'ships',
    heads: ['ship', 'vessel', 'warship', 'boat', 'destroyer', 'frigate'],
  },
  {
    id: 'vehicles',
    label: 'vehicles',
    heads: ['vehicle', 'car', 'truck', 'lorry', 'bus', 'tank'],
  },
  {
    // violent happenings counted: "two bombs", "twin bombings", "two blasts" count the same attacks
    id: 'attacks',
    happening: true,
    label: 'attacks and explosions',
    heads: ['attack', 'bomb', 'bombing', 'blast', 'explosion', 'detonation', 'airstrike', 'shooting', 'stabbing'],
    phrases: ['explosive device', 'suicide attack'],
  },
  {
    id: 'missiles',
    label: 'missiles',
    heads: ['missile', 'rocket', 'projectile', 'munition'],
  },
  {
    id: 'customers',
    label: 'customers',
    heads: ['customer', 'client', 'user', 'subscriber', 'account'],
  },
  {
    id: 'shares',
    label: 'shares',
    heads: ['share', 'stock'],
  },
  {
    id: 'children',
    label: 'children',
    human: true,
    heads: ['child', 'kid', 'minor', 'student', 'pupil'],
  },
  {
    id: 'patients',
    fluctuates: true,
    label: 'patients',
    heads: ['patient', 'case', 'infection'],
  },
  {
    // after the outcomes, so "protesters were arrested" counts arrests (nearest cue first, then this order)
    id: 'crowd',
    label: 'protesters',
    human: true,
    exactCues: true,
    heads: ['protester', 'protestor', 'demonstrator', 'marcher', 'participant', 'rallygoer', 'attendee'],
    // whole words only: "marched" is no "March", "parts" no "participate"
    cues: ['protest', 'protests', 'protested', 'protesting', 'demonstrate', 'demonstrated', 'demonstrating', 'demonstration', 'demonstrations', 'rally', 'rallies', 'rallied', 'participate', 'participated', 'participating', 'participation', 'turnout', 'attend', 'attended', 'attending', 'streets', 'marched', 'marching'],
  },
  {
    id: 'police',
    label: 'police and security forces',
    human: true,
    heads: ['police', 'policeman', 'policewoman', 'gendarme', 'constable', 'cop'],
    phrases: ['police officer', 'security force', 'security forces', 'security personnel', 'law enforcement officer', 'police personnel'],
  },
  {
    id: 'countries',
    label: 'countries',
    heads: ['country', 'nation'],
  },
  {
    // who was on board: "175 passengers", "the 181 people on board", "a plane carrying 62";
    // what happened to them wins ("four passengers were killed" counts deaths)
    id: 'aboard',
    label: 'people on board',
    outcome: true,
    human: true,
    exactCues: true,
    heads: [],
    phrases: ['people on board', 'people aboard'],
    cues: ['aboard', 'onboard', 'carrying', 'carried'],
  },
  {
    // passengers are aboard by definition, and are not everyone aboard ("175 passengers" of "181 people on board")
    id: 'passengers',
    label: 'passengers',
    human: true,
    implies: ['aboard'],
    heads: ['passenger'],
  },
  {
    // "two survivors", "two crew members survived": who lived through it, not who was aboard or died
    id: 'survivors',
    label: 'survivors',
    outcome: true,
    human: true,
    exactCues: true,
    heads: ['survivor'],
    cues: ['survived', 'survive', 'survives', 'surviving'],
  },
  {
    id: 'people',
    label: 'people',
    heads: ['people', 'person', 'individual', 'resident', 'inhabitant', 'citizen', 'civilian', 'villager', 'local', 'man', 'woman', 'adult', 'victim', 'other'],
  },
];

// lookups built once from CONCEPTS, in its order (a later concept's head wins, as Map entries do)
const byHead: ReadonlyMap<string, Concept> = new Map(CONCEPTS.flatMap((concept) => concept.heads.map((head) => [head, concept] as const)));
const byPhrase: readonly (readonly [string[], Concept])[] = CONCEPTS.flatMap((concept) =>
  (concept.phrases ?? []).map((phrase) => [phrase.split(' '), concept] as const),
);

/** Generic human nouns whose figure means nothing without a cue ("27 people" killed or injured?). */
export function isGenericConcept(id: string): boolean {
  return id === 'people';
}

/** An outcome cue ("killed", "arrested") turns a count of this kind of person into that outcome. */
export function isHumanRole(id: string): boolean {
  return conceptById(id)?.human === true;
}

// by id, once: alignment asks for a concept on every pair it scores
const byId: ReadonlyMap<string, Concept> = new Map(CONCEPTS.map((concept) => [concept.id, concept]));

export function conceptById(id: string): Concept | undefined {
  return byId.get(id);
}

/**
 * The concept of a counted noun group, given its words' lemmas (in order) and the head lemma.
 * A multi-word phrase wins over the head ("service member" → military personnel, while
 * "member" alone is no concept); then the head; then undefined.
 */
export function conceptOf(lemmas: readonly string[], head: string): Concept | undefined {
  for (const [phrase, concept] of byPhrase) {
    for (let i = 0; i + phrase.length <= lemmas.length; i++) {
      if (phrase.every((w, j) => lemmas[i + j] === w)) return concept;
    }
  }
  return byHead.get(head);
}

/**
 * For generic people counts: the concept named by an event cue near the number
 * ("27 people were killed", "killing 27", "left 12 injured"). Words are compared by stem, so
 * "killing" and "injuring" find the cues "kill" and "injure"; nearest word first. `exact` asks
 * for the same stem ("homes" is no "homeless"), where a cue would override a known noun.
 */
export function conceptFromCues(words: readonly string[], exact = false): Concept | undefined {
  for (const w of words) {
    const ws = stem(w);
    if (ws.length < 3) continue;
    for (const concept of CONCEPTS) {
      if (concept.exactCues ? concept.cues?.includes(w.toLowerCase()) : concept.cues?.some((cue) => { const cs = stem(cue); return cs === ws || (!exact && cs.length >= 4 && ws.length >= 4 && (ws.startsWith(cs) || cs.startsWith(ws))); })) return concept;
    }
  }
  return undefined;
}
