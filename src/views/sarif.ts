// SARIF 2.1.0 for CI systems and SARIF viewers: one result per diagnostic, with its location and
// the related spans in the other sources. Regions carry both line/column and charOffset/charLength;
// columns and offsets count UTF-16 code units (declared in `columnKind`), like the core's spans, in
// the text as read (BOM removed, line ends kept: the contract in cliInput.ts).
import { LineIndex } from './position';
import type { Analysis, DiagnosticCode, DiagnosticModel, TextualDiscrepancy } from '../core';
import { DEFAULT_SEVERITIES, severityOf, withSeverities, type Severity, type SeveritySetting, type SeveritySettings } from './severity';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifOptions {
  /** Tool version; default "0.0.0". */
  version?: string;
  informationUri?: string;
  /** URI for a source in `artifactLocation.uri`; default: its path as a relative or file: URI. */
  uriFor?: (sourceId: string, path: string) => string;
  /** When set, relative URIs are resolved against this base (`originalUriBaseIds.SRCROOT`). */
  baseUri?: string;
  /** Also report textual discrepancies (rule "textual-discrepancy", level note). Default false. */
  textual?: boolean;
  /**
   * Each source's size in bytes as read (a BOM included), for `artifacts[].length` (§3.24.5).
   * Without it: the UTF-8 length of the text, which is the file's size unless the file had a BOM
   * or invalid bytes (removed, and shown as U+FFFD, in the text).
   */
  byteLengths?: ReadonlyMap<string, number>;
  /** Severity of each kind of finding; default the settings' defaults. A kind set to 'none' is left out. */
  severities?: SeveritySettings;
}

type Level = 'error' | 'warning' | 'note' | 'none';

interface RuleInfo {
  name: string;
  short: string;
  full: string;
}

const RULES: Record<DiagnosticCode | 'textual-discrepancy', RuleInfo> = {
  'figure-conflict': {
    name: 'FigureConflict',
    short: 'Sources state figures for the same measure that cannot both be true.',
    full: 'Two or more sources state the same measure with values that no rounding or qualifier reconciles. The outlier carries the result; without a majority every side does.',
  },
  'figure-discrepancy': {
    name: 'FigureDiscrepancy',
    short: 'Sources state different figures for the same measure that could both be true.',
    full: 'The stated values differ but are compatible given rounding, qualifiers ("about", "more than") or the time of reporting.',
  },
  'date-conflict': {
    name: 'DateConflict',
    short: 'Sources put the same event on different dates.',
    full: 'Two or more sources date the same event differently once relative dates are resolved.',
  },
  'textual-discrepancy': {
    name: 'TextualDiscrepancy',
    short: 'A name or acronym is written two ways across the sources.',
    full: 'A name spelt differently from its majority form, or an acronym written or expanded two ways.',
  },
};

const LEVEL: Record<SeveritySetting, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', none: 'none' };

/** A rule's default level: its kind's default severity (textual discrepancies are notes). */
function defaultLevel(id: keyof typeof RULES): Level {
  return id === 'textual-discrepancy' ? 'note' : LEVEL[severityOf(id, DEFAULT_SEVERITIES)];
}

/** The SARIF log as a plain object; `JSON.stringify` it to write a .sarif file. */
export function toSarif(analysis: Analysis, texts: ReadonlyMap<string, string>, options: SarifOptions = {}): SarifLog {
  const ruleIds = Object.keys(RULES).filter((id) => options.textual || id !== 'textual-discrepancy') as (keyof typeof RULES)[];
  const artifacts = analysis.sources.filter((s) => !s.skipped || texts.has(s.id));
  const artifactIndex = new Map(artifacts.map((s, i) => [s.id, i]));
  const paths = new Map(analysis.sources.map((s) => [s.id, s.path]));
  const indexes = new Map<string, LineIndex>();
  const uri = (id: string) => (options.uriFor ?? defaultUri)(id, paths.get(id) ?? id);

  const location = (source: string, start: number, end: number) => {
    const text = texts.get(source);
    const artifactLocation: ArtifactLocation = { uri: uri(source) };
    const index = artifactIndex.get(source);
    if (index !== undefined) artifactLocation.index = index;
    if (options.baseUri && !/^[a-z][a-z0-9+.-]*:/i.test(artifactLocation.uri)) artifactLocation.uriBaseId = 'SRCROOT';
    const region: Region = { charOffset: start, charLength: Math.max(0, end - start) };
    if (text !== undefined) {
      let li = indexes.get(source);
      if (!li) indexes.set(source, (li = new LineIndex(text)));
      const from = li.lineColumnAt(start);
      const to = li.lineColumnAt(end);
      // endColumn is the column after the last character (SARIF §3.30.8), so offsets map directly.
      Object.assign(region, { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column });
    }
    return { physicalLocation: { artifactLocation, region } };
  };

  const shown = withSeverities(analysis.diagnostics, options.severities);
  const results: SarifResult[] = shown.map(({ model, severity }) => diagnosticResult(model, severity, ruleIds, location));
  if (options.textual) results.push(...analysis.textual.map((t) => textualResult(t, ruleIds, location)));

  const run: SarifRun = {
    tool: {
      driver: {
        name: 'Crosscheck',
        informationUri: options.informationUri ?? 'https://github.com/crosscheck/crosscheck',
        version: options.version ?? '0.0.0',
        rules: ruleIds.map((id) => ({
          id,
          name: RULES[id].name,
          shortDescription: { text: RULES[id].short },
          fullDescription: { text: RULES[id].full },
          defaultConfiguration: { level: defaultLevel(id) },
        })),
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: analysis.sources
          .filter((s) => s.skipped)
          .map((s) => ({ level: 'warning' as const, message: { text: `${s.path}: ${s.skipped}` } })),
      },
    ],
    columnKind: 'utf16CodeUnits',
    newlineSequences: ['\r\n', '\n', '\r'],
    artifacts: artifacts.map((s) => {
      const text = texts.get(s.id);
      const location: ArtifactLocation = { uri: uri(s.id) };
      if (options.baseUri && !/^[a-z][a-z0-9+.-]*:/i.test(location.uri)) location.uriBaseId = 'SRCROOT';
      return {
        location,
        ...(text !== undefined ? { length: options.byteLengths?.get(s.id) ?? new TextEncoder().encode(text).length, encoding: 'utf-8' } : {}),
        mimeType: 'text/plain',
      };
    }),
    results,
  };
  if (options.baseUri) run.originalUriBaseIds = { SRCROOT: { uri: options.baseUri.endsWith('/') ? options.baseUri : `${options.baseUri}/` } };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

type Locate = (source: string, start: number, end: number) => SarifLocation;

function diagnosticResult(d: DiagnosticModel, severity: Severity, ruleIds: string[], location: Locate): SarifResult {
  return {
    ruleId: d.code,
    ruleIndex: ruleIds.indexOf(d.code),
    level: LEVEL[severity],
    message: { text: d.message },
    locations: [location(d.source, d.start, d.end)],
    relatedLocations: d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, ...location(r.source, r.start, r.end) })),
    // Stable across runs while the claim stands, so CI can match results between commits.
    partialFingerprints: { 'crosscheckClaim/v1': `${d.claim}:${d.code}` },
    properties: { claim: d.claim },
  };
}

function textualResult(t: TextualDiscrepancy, ruleIds: string[], location: Locate): SarifResult {
  const [majority, ...others] = t.variants;
  const primary = others[others.length - 1]?.mentions[0] ?? majority?.mentions[0];
  const related = t.variants.flatMap((v) => v.mentions.filter((m) => m !== primary).map((m) => ({ m, text: v.text })));
  return {
    ruleId: 'textual-discrepancy',
    ruleIndex: ruleIds.indexOf('textual-discrepancy'),
    level: 'note',
    message: { text: `${t.what}: ${t.reason}` },
    locations: primary ? [location(primary.source, primary.start, primary.end)] : [],
    relatedLocations: related.map(({ m, text }, i) => ({ id: i + 1, message: { text: `'${text}'` }, ...location(m.source, m.start, m.end) })),
    partialFingerprints: { 'crosscheckClaim/v1': `${t.id}:textual-discrepancy` },
    properties: { claim: t.id },
  };
}

/** A path as a URI reference: "seeds/001.txt", "file:///home/x/a%20b.txt"; URIs are kept. */
export function defaultUri(_id: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return path;
  const slashed = path.replace(/\\/g, '/');
  const encoded = slashed
    .split('/')
    .map((seg, i) => (i === 0 && /^[a-z]:$/i.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
  if (slashed.startsWith('/')) return `file://${encoded}`;
  if (/^[a-z]:\//i.test(slashed)) return `file:///${encoded}`;
  return encoded;
}

// ---------------------------------------------------------------------------
// The subset of the SARIF 2.1.0 object model this module writes.

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      informationUri: string;
      version: string;
      rules: {
        id: string;
        name: string;
        shortDescription: { text: string };
        fullDescription: { text: string };
        defaultConfiguration: { level: Level };
      }[];
    };
  };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: Level; message: { text: string } }[] }[];
  columnKind: 'utf16CodeUnits';
  newlineSequences: string[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  artifacts: { location: ArtifactLocation; length?: number; encoding?: string; mimeType: string }[];
  results: SarifResult[];
}

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

export interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset: number;
  charLength: number;
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: ArtifactLocation; region: Region };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations: (SarifLocation & { id: number; message: { text: string } })[];
  partialFingerprints: Record<string, string>;
  properties: { claim: string };
}
