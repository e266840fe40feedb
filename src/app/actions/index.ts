// The foundation's own actions; features add theirs in registry.ts.
import { EDIT_ACTIONS } from './edit-actions';
import { FILE_ACTIONS } from './file-actions';
import { VIEW_ACTIONS } from './view-actions';

export const FOUNDATION_ACTIONS = [...FILE_ACTIONS, ...EDIT_ACTIONS, ...VIEW_ACTIONS];
