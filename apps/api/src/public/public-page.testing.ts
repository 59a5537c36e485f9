import type { EventStore } from '@samverkan/event-store';
import { annexStreamId } from '@samverkan/shared-kernel';
import { COORDINATOR, LOMMA, lommaFocusArea, MUNICIPALITY, POLICE } from '../../../../test/support/lomma-focus-area.js';

/** What the page must never show: what is internal to the parties (the specs look for each). */
export const INTERNAL = {
  statusComment: 'Intern kommentar om föräldragruppen',
  measurementComment: 'Intern anteckning om mätningen',
  grounds: 'Internt underlag inför rådets möte',
} as const;

export const CITIZEN_PROMISE_PDF = Buffer.from('%PDF-1.4\nMedborgarlöfte Lomma 2025\n%%EOF\n', 'utf8');

interface RawEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: Record<string, unknown>;
}

const append = (store: EventStore, streamId: string, events: readonly RawEvent[]) =>
  store.appendToStream(
    streamId,
    events.map((e, i) => ({
      eventId: `public-${streamId}-${i}`,
      type: e.type,
      schemaVersion: 1,
      data: e.data,
      metadata: { actorId: COORDINATOR, actorRole: 'coordinator', occurredAt: '2025-05-01T08:00:00.000Z', correlationId: 'public-spec', ...e.metadata },
    })),
    { expectedRevision: 'no_stream' },
  );

/**
 * Lomma (published in the demo) with a focus area in follow-up: its measure followed up with an
 * internal comment, two measurements (one planned, not measured yet), an outcome, and a proposal to
 * close it waiting for the council; and, when a file's hash is given, a citizen promise in force
 * with that file. Written as stored history, past every rule.
 */
export const givenLommaFollowUp = async (store: EventStore, citizenPromiseFile?: { sha256: string; bytes: number }): Promise<void> => {
  const stream = lommaFocusArea('lomma-offentlig-centrum').at(
    'evaluationDone',
    { type: 'MeasureStatusUpdated', data: { measureId: 'measure-1', status: 'green', comment: INTERNAL.statusComment } },
    {
      type: 'IndicatorMeasured',
      data: { goalId: 'goal-1', measurementId: 'm-1', measuredOn: '2025-03-01', value: 1.7, comment: INTERNAL.measurementComment },
    },
    { type: 'IndicatorMeasured', data: { goalId: 'goal-1', measurementId: 'm-2', measuredOn: '2026-03-01', value: null } },
    { type: 'TransitionProposed', data: { proposalId: 'p-close', transition: 'close', from: 'evaluation', to: 'closed', grounds: INTERNAL.grounds } },
  );
  await append(
    store,
    stream.streamId,
    stream.events.map((e) => ({ ...e, metadata: { machineVersion: stream.machineVersion, ...e.metadata } })),
  );
  if (!citizenPromiseFile) return;
  const signed = (partyId: string, actorId: string): RawEvent => ({
    type: 'AnnexVersionSigned',
    data: { version: 1, partyId, signedOn: '2025-02-10' },
    metadata: { actorId, actorRole: 'councilRepresentative', onBehalfOfPartyId: partyId },
  });
  await append(store, annexStreamId('lomma-medborgarlofte-2025'), [
    { type: 'AnnexCreated', data: { annexId: 'lomma-medborgarlofte-2025', agreementId: LOMMA, kind: 'citizenPromise', title: 'Tryggare Lomma centrum' } },
    {
      type: 'AnnexVersionDrafted',
      data: {
        version: 1,
        text: 'Kommunen och polisen lovar att öka närvaron i centrum.\n\nVi återkommer med resultat varje år.',
        files: [{ fileName: 'Medborgarlöfte 2025.pdf', mediaType: 'application/pdf', ...citizenPromiseFile }],
        bindingPartyIds: [MUNICIPALITY, POLICE],
      },
    },
    { type: 'AnnexVersionDecided', data: { version: 1, decidedOn: '2025-02-01' } },
    signed(MUNICIPALITY, 'lomma.rad.kommun'),
    signed(POLICE, 'lomma.rad.polis'),
  ]);
};
