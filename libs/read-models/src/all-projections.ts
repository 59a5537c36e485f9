import { annexesProjection } from './annexes/annexes.projection.js';
import { agreementDirectoryProjection } from './agreement-directory/agreement-directory.projection.js';
import { auditHistoryProjection } from './audit-history/audit-history.projection.js';
import { focusAreaBoardProjection } from './focus-area-board/focus-area-board.projection.js';
import { meetingsProjection } from './meetings/meetings.projection.js';
import type { AnyProjection } from './projection.js';

/** Every read model the runner keeps, each fed the whole log in order. */
export const ALL_PROJECTIONS: readonly AnyProjection[] = [
  focusAreaBoardProjection,
  agreementDirectoryProjection,
  auditHistoryProjection,
  meetingsProjection,
  annexesProjection,
];
