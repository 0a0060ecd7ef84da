// The accuracy ratchet: the eval on the committed corpora (NewsQuant, TimeML, ../shared/clusters,
// the seeds; never the web clusters, which CI does not have) must not fall below the last accepted
// numbers in accepted.json. Raise them in the commit that improves them (README.md here).
import { describe, expect, it } from 'vitest';
import { findRepo, findShared, SHARED_ABSENT } from '../../scripts/eval/paths';
import { runEval } from '../../scripts/eval/evaluate';
import { headline, ratchetFailures, ratchetGains } from '../../scripts/eval/headline';
import { readAccepted } from '../../scripts/eval/accepted';

const repo = findRepo(__dirname);
const { dir: shared, looked } = findShared(repo);
if (!shared) console.log(`accuracy ratchet skipped: ${SHARED_ABSENT(looked)}`);

describe.skipIf(!shared)('accuracy ratchet', () => {
  it('keeps every number at or above the accepted one', async () => {
    const { results } = await runEval({ shared: shared!, repo, web: false });
    const now = headline(results, { web: false });
    const accepted = readAccepted(repo);
    const gains = ratchetGains(now, accepted);
    if (gains.length) console.log(`accuracy improved; accept it with npm run eval -- --write-baseline in this commit:\n  ${gains.join('\n  ')}`);
    expect(ratchetFailures(now, accepted)).toEqual([]);
  }, 120_000);
});
