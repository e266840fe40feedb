// Analyze-menu entries (with shortcuts) for the analysis views, beside their panel tabs. Not on
// the toolbar: three more buttons push the toolbar past a 1440 px screen.
import type { ActionEntry } from '../../app/registry';
import { useAnalysisStore } from '../../state/analysis-store';
import { getLiveCompute } from '../../state/live-compute';
import { useResultsStore } from '../../state/results-store';
import { openPanel } from '../../state/ui-store';

export const ANALYSIS_ACTIONS: ActionEntry[] = [
  {
    id: 'analyze-traffic',
    label: 'Traffic',
    group: 'analyze',
    icon: '⇢',
    shortcut: 'Shift+T',
    description: 'Where does each traffic class go? Show the paths, egress hubs and link load',
    perform: () => {
      const a = useAnalysisStore.getState();
      a.setMode('design');
      a.setShowCriticality(false);
      openPanel('right', 'traffic');
    },
  },
  {
    id: 'analyze-what-if',
    label: 'What-if',
    group: 'analyze',
    icon: '⚡',
    shortcut: 'Shift+W',
    description: 'Fail hubs, links, circuits or regions and see where traffic moves and how fast',
    perform: () => {
      const a = useAnalysisStore.getState();
      a.setShowCriticality(false);
      a.setMode('what-if');
      openPanel('right', 'whatif');
    },
  },
  {
    id: 'analyze-resilience',
    label: 'Resilience',
    group: 'analyze',
    icon: '◎',
    shortcut: 'Shift+R',
    description: 'Try every single failure: single points of failure, worst convergence, a criticality heat map',
    perform: () => {
      // The heat map is drawn on the design as it is, not on a what-if scenario.
      useAnalysisStore.getState().setMode('design');
      openPanel('right', 'resilience');
      const { sweep } = useResultsStore.getState();
      if (sweep.status === 'idle') void getLiveCompute()?.runSweep();
      else if (sweep.report) useAnalysisStore.getState().setShowCriticality(true);
    },
  },
  {
    id: 'analyze-flows',
    label: 'Flow table',
    group: 'analyze',
    shortcut: 'Shift+F',
    description: 'Every site × class × destination with its egress hub, metrics, cost and state',
    perform: () => openPanel('bottom', 'flows'),
  },
  {
    id: 'analyze-problems',
    label: 'Problems',
    group: 'analyze',
    description: 'The engine status and every diagnostic, linked to its element',
    perform: () => openPanel('bottom', 'status'),
  },
];
