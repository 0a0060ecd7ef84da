// The "Claims" tree of the Crosscheck sidebar: every claim several sources state, with its
// verdict. The rows come from views/claimsTree.ts (pure); this only binds them to the view id.
import { buildClaimsTree } from '../views/claimsTree';
import { type NodeTreeView, registerNodeTreeView } from './nodeTreeView';
import type { AnalysisStore } from './store';

export const CLAIMS_VIEW_ID = 'crosscheck.claims';

export function registerClaimsView(store: AnalysisStore): NodeTreeView {
  return registerNodeTreeView(CLAIMS_VIEW_ID, store, buildClaimsTree);
}
