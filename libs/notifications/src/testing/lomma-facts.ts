import type { AgreementDirectoryDoc, FocusAreaBoardDoc } from '@samverkan/read-models';
import { agreementDirectoryProjection } from '../../../read-models/src/agreement-directory/agreement-directory.projection.js';
import { focusAreaBoardProjection } from '../../../read-models/src/focus-area-board/focus-area-board.projection.js';
import { replayProjection } from '../../../read-models/src/shared/replay.js';
import { agreementDecides, assignRole, registerLomma } from '../../../read-models/src/testing/agreement-commands.js';
import { eventLog, type EventLog } from '../../../read-models/src/testing/event-log.js';
import { FOCUS_AREA_ID, fa, focusAreaStream, moveFor } from '../../../read-models/src/testing/focus-area-events.js';
import { actors, AGREEMENT_ID, MUNICIPALITY, POLICE } from '../../../read-models/src/testing/lomma.js';
import { DEFAULT_PREFERENCES, type NotificationKind } from '../preferences.js';
import type { Recipient } from '../notification.js';

export { actors, fa, FOCUS_AREA_ID, MUNICIPALITY, moveFor, POLICE };
export const stream = focusAreaStream();

/** Lomma registered, with a coordinator, both parties' representatives and the police's substitute, each by function. */
export const lommaWithRoles = (): EventLog => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  for (const role of [
    { userId: actors.coordinator.actorId, role: 'coordinator', partyId: MUNICIPALITY, function: 'Brottsförebyggande samordnare' },
    { userId: actors.municipalityRepresentative.actorId, role: 'councilRepresentative', partyId: MUNICIPALITY, function: 'Kommunstyrelsens ordförande' },
    { userId: actors.policeRepresentative.actorId, role: 'councilRepresentative', partyId: POLICE, function: 'Lokalpolisområdeschef' },
    { userId: actors.policeSubstitute.actorId, role: 'councilSubstitute', partyId: POLICE, function: 'Kommunpolis' },
  ] as const) {
    agreementDecides(log, assignRole(role), actors.administrator, '2024-01-03');
  }
  return log;
};

export const directoryOf = (log: EventLog): AgreementDirectoryDoc => replayProjection(agreementDirectoryProjection, log.events()).get(AGREEMENT_ID)!;
export const boardOf = (log: EventLog): FocusAreaBoardDoc => replayProjection(focusAreaBoardProjection, log.events()).get(FOCUS_AREA_ID)!;

/** Everyone in `who` chose these kinds (and N days). */
export const choosing =
  (who: readonly string[], kinds: readonly NotificationKind[], dueWithinDays = DEFAULT_PREFERENCES.dueWithinDays) =>
  (accountId: string): Recipient | undefined =>
    who.includes(accountId) ? { accountId, preferences: { kinds, dueWithinDays } } : undefined;
