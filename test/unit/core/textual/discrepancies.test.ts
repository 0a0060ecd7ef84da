import { describe, it, expect } from 'vitest';
import { findTextualDiscrepancies } from '../../../../src/core/textual/discrepancies';
import { isVariantSpelling } from '../../../../src/core/textual/tokens';
import { editDistance } from '../../../../src/core/textual/tokens';
import { seeds, set, variantTexts } from './textualInputs';


describe('textual discrepancies on the seeds', () => {
  const inputs = seeds();
  const found = findTextualDiscrepancies(inputs);

  it('finds exactly the misspelt name and the differing acronym', () => {
    expect(variantTexts(found)).toEqual([
      ['Hegseth', 'Hegsett'],
      ['AMRAAM', 'MRAAM'],
    ]);
  });

  it('reports Hegsett once, in the first sentence of 002, against the majority Hegseth', () => {
    const d = found[0]!;
    expect(d.kind).toBe('spelling');
    expect(d.what).toBe('name spelling');
    expect(d.reason).toBe("'Hegsett' once in 002 vs 'Hegseth' in 000, 001, 002, 003 and 004");
    const [rare] = d.variants[1]!.mentions;
    const text002 = inputs[2]!.source.text;
    expect(rare!.source).toBe('002_20552946537d0af4.txt');
    expect(text002.slice(rare!.start, rare!.end)).toBe('Hegsett');
    expect(rare!.start).toBeLessThan(text002.indexOf('.'));
    // Possessives count as the name: "Hegseth’s visit" is a mention of Hegseth.
    const common = d.variants[0]!.mentions;
    expect(common.length).toBeGreaterThan(20);
    for (const m of common) {
      const text = inputs.find((i) => i.source.id === m.source)!.source.text;
      expect(text.slice(m.start, m.end)).toBe('Hegseth');
    }
  });

  it('reports MRAAM in 002 and 003 against AMRAAM in 000 and 001, citing the expansion', () => {
    const d = found[1]!;
    expect(d.kind).toBe('acronym');
    expect(d.variants[0]!.mentions.map((m) => m.source.slice(0, 3))).toEqual(['000', '001']);
    expect(d.variants[1]!.mentions.map((m) => m.source.slice(0, 3))).toEqual(['002', '003']);
    expect(d.reason).toContain("'MRAAM' in 002 and 003 vs 'AMRAAM' in 000 and 001");
    expect(d.reason).toContain("('Advanced Medium Range Air-to-Air Missile') spells AMRAAM");
  });

  it('gives stable ids', () => {
    expect(findTextualDiscrepancies(seeds()).map((d) => d.id)).toEqual(found.map((d) => d.id));
  });
});

describe('textual discrepancies in other domains', () => {
  it('finds a mayor’s name misspelt once in an earthquake report', () => {
    const found = findTextualDiscrepancies(
      set({
        a: 'Mayor Ilse Vandermeer said 40 buildings collapsed. Vandermeer asked residents to stay outside.',
        b: 'Rescue teams worked through the night, Mayor Vandermeer told reporters on Tuesday.',
        c: 'The city’s mayor, Ilse Vandermeir, said the shelters were full. Water was restored on Wednesday.',
        d: 'Vandermeer’s office said 40 buildings had collapsed and that residents should stay outside.',
      }),
    );
    expect(variantTexts(found)).toEqual([['Vandermeer', 'Vandermeir']]);
    expect(found[0]!.reason).toBe("'Vandermeir' once in c vs 'Vandermeer' in a, b and d");
  });

  it('finds a transposed surname within one election report', () => {
    const found = findTextualDiscrepancies(
      set({
        only:
          'Candidate Amaka Okonkwo won 52 percent of the vote in the governorship race. ' +
          'Okonkwo thanked her supporters in Enugu on Sunday. ' +
          'Turnout was low, Okonkow told supporters at a rally in Enugu. ' +
          'Observers said Okonkwo would be sworn in next month.',
      }),
    );
    expect(variantTexts(found)).toEqual([['Okonkwo', 'Okonkow']]);
  });

  it('finds a place name transliterated two ways even in unrelated sentences (flood report)', () => {
    const found = findTextualDiscrepancies(
      set({
        a: 'The river burst its banks near Zelkovo overnight. Rescuers reached Zelkovo by boat.',
        b: 'Three bridges were closed around Zelkovo, the district office said.',
        c: 'A farmer in Zelkowo said his cattle drowned in the night.',
      }),
    );
    expect(variantTexts(found)).toEqual([['Zelkovo', 'Zelkowo']]);
  });

  it('finds a given name spelt two ways before the same surname, with no majority (business)', () => {
    const found = findTextualDiscrepancies(
      set({
        p: 'Finance chief Ingrid Halvorsen said the merger would save $40 million a year.',
        q: 'The savings of $40 million were confirmed by finance chief Ingrad Halvorsen on Tuesday.',
      }),
    );
    expect(variantTexts(found)).toEqual([['Ingrid', 'Ingrad']]);
    expect(found[0]!.reason).toBe("'Ingrad Halvorsen' once in q vs 'Ingrid Halvorsen' in p");
  });

  it('finds an acronym that lost a letter, with matching expansions (election)', () => {
    const found = findTextualDiscrepancies(
      set({
        x: 'The Independent National Electoral Commission (INEC) said turnout was 27 percent. INEC will publish results on Monday.',
        y: 'Turnout was 27 percent, according to the National Electoral Commission, or NEC, which will publish results Monday.',
      }),
    );
    expect(variantTexts(found)).toEqual([['INEC', 'NEC']]);
    expect(found[0]!.kind).toBe('acronym');
  });

  it('finds one acronym expanded two ways (a business deal)', () => {
    const found = findTextualDiscrepancies(
      set({
        p: 'The deal needs approval from the Competition and Markets Authority (CMA) before June.',
        q: 'The Consumer and Markets Authority (CMA) is expected to rule on the deal before June.',
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.what).toBe('acronym expansion');
    expect(found[0]!.variants.map((v) => v.text)).toEqual(['Competition and Markets Authority', 'Consumer and Markets Authority']);
    expect(found[0]!.reason).toBe("CMA is expanded as 'Competition and Markets Authority' in p but as 'Consumer and Markets Authority' in q");
    const span = found[0]!.variants[1]!.mentions[0]!;
    expect('The Consumer and Markets Authority (CMA)'.slice(span.start, span.end)).toBe('Consumer and Markets Authority');
  });

  it('reads a lower-case expansion after the acronym', () => {
    const found = findTextualDiscrepancies(
      set({
        p: 'Engineers tested the ECCS (emergency core cooling system) on Friday.',
        q: 'Engineers tested the ECCS (emergency core control system) on Friday.',
      }),
    );
    expect(found.map((d) => d.what)).toEqual(['acronym expansion']);
  });
});

describe('textual discrepancies that must not be reported', () => {
  const none = (texts: Record<string, string>, furniture?: (line: string) => boolean) =>
    expect(findTextualDiscrepancies(set(texts, furniture))).toEqual([]);

  it('ignores a country and its demonym, and plural or possessive forms', () => {
    none({
      a: 'Officials in Japan said Japanese forces would train with Korean units. Japan and Korea agreed.',
      b: 'Korea welcomed the plan. The Americans said the American base in Japan would grow. Japan’s minister agreed.',
      c: 'Japanese officials said Korea’s navy and the Koreans would join. The Korean minister visited Japan.',
    });
  });

  it('ignores Austria beside Australia, even in similar sentences', () => {
    none({
      a: 'Exports from Australia rose 4 percent. Australia’s trade minister welcomed the figures.',
      b: 'Australia said exports rose 4 percent, while Austria reported exports fell. Australia expects more.',
    });
  });

  it('ignores different people whose names are one letter apart', () => {
    none({
      a: 'Maria Kovalenko chaired the board meeting. Kovalenko said the merger would close in May.',
      b: 'Board chair Maria Kovalenko said the merger would close in May, and Kovalenko thanked staff.',
      c: 'Analyst Pieter Kovalenco said the merger would close in May.',
    });
  });

  it('ignores different people who merely share a first letter', () => {
    none({
      a: 'Nakatani met Nakamura in Tokyo. Nakatani said the talks went well, and Nakatani left.',
      b: 'Hernandez and Hegseth spoke. Hegseth said the visit was useful.',
    });
  });

  it('ignores relatives who share a surname', () => {
    none({
      a: 'Daniel Moreau and his sister run the bakery. Daniela Moreau said sales fell.',
      b: 'Maria Lindqvist founded the firm. Her brother Mario Lindqvist joined later.',
      c: 'Ana and Ane Brezic, twins, both testified on Monday.',
    });
  });

  it('ignores two spellings when neither is a clear majority', () => {
    none({
      a: 'The striker Dembowski scored twice. Dembowski was substituted late.',
      b: 'The striker Dembowsky scored twice. Dembowsky was substituted late.',
    });
  });

  it('ignores a rare form seen in unrelated surroundings', () => {
    none({
      a: 'Senator Wallace Brannigan proposed the levy on fuel imports. Brannigan defended the levy on fuel imports.',
      b: 'Brannigan said the levy on fuel imports would raise revenue.',
      c: 'In sport, the Brannigen Rovers won the cup final at the weekend.',
    });
  });

  it('ignores capitalised common words at the start of sentences and in headlines', () => {
    none({
      a: 'Storms Batter Coastal Towns As Rivers Rise\nMeanwhile, storms battered the coast. Meanwhile the rivers rose.',
      b: 'Storms battered coastal towns. Meanwhile, rivers rose and storms moved north.',
    });
  });

  it('ignores acronyms of different things and all-caps lines', () => {
    none({
      a: 'GDP grew 2 percent in the quarter, the statistics office said. GDP was driven by exports.',
      b: 'Companies must comply with GDPR when handling customer data, the regulator said.',
      c: 'BREAKING: NASA AND NASAA SIGN DEAL. The space agency NASA said the launch was delayed.',
    });
  });

  it('skips page furniture', () => {
    none(
      {
        a: 'Defense Secretary Pete Hegseth visited Tokyo. Hegseth met Nakatani.\nShare this story on Hegsett Daily',
        b: 'Hegseth said Japan was a partner. Hegseth left on Monday.',
      },
      (line) => line.startsWith('Share'),
    );
  });
});

describe('isVariantSpelling', () => {
  it.each([
    ['dravik', 'dravic', true],
    ['zelkovo', 'zelkowo', true],
    ['nakatani', 'nakattani', true],
    ['okonkwo', 'okonkow', true],
    ['hegseth', 'hegsett', false],
    ['renata', 'renate', false],
    ['austria', 'australia', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isVariantSpelling(a, b)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['hegseth', 'hegsett', 1],
    ['okonkwo', 'okonkow', 1],
    ['austria', 'australia', 2],
    ['japan', 'japanese', 3],
    ['', 'abc', 3],
    ['😀ab', '😀ac', 1],
  ])('%s / %s → %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
