// The "Timeline" tree of the Crosscheck sidebar: dated events of every source, merged, in date
// order. The rows come from views/timelineTree.ts (pure); this only binds them to the view id.
import { buildTimelineTree } from '../views/timelineTree';
import { type NodeTreeView, registerNodeTreeView } from './nodeTreeView';
import type { AnalysisStore } from './store';

export const TIMELINE_VIEW_ID = 'crosscheck.timeline';

export function registerTimelineView(store: AnalysisStore): NodeTreeView {
  return registerNodeTreeView(TIMELINE_VIEW_ID, store, buildTimelineTree);
}
