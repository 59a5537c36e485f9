import type { Meeting, Step, TransitionKind } from '@samverkan/cycle';
import type { EventLog } from './event-log.js';
import { fa, moveFor } from './focus-area-events.js';
import { actors, PARTIES, representativeOf } from './lomma.js';

export interface Decision {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  /** When the coordinator proposes; the approvals follow a minute apart. */
  readonly at?: string;
  readonly meeting?: Meeting;
  readonly cycle?: number;
}

/**
 * A proposal the council decides by consensus, as the API writes it: the coordinator proposes;
 * each party's representative approves; the last approval and the move it completes are one
 * command's events.
 */
export const councilDecides = (log: EventLog, stream: string, d: Decision): void => {
  log.append(stream, fa.propose(d.proposalId, d.transition, d.from, d.to, d.meeting), actors.coordinator, d.at);
  PARTIES.forEach((partyId, i) => {
    const approval = fa.approve(d.proposalId, partyId);
    const last = i === PARTIES.length - 1;
    log.append(stream, last ? [approval, moveFor(d.proposalId, d.transition, d.from, d.to, d.cycle)] : approval, representativeOf(partyId));
  });
};

/** A focus area through a whole first cycle to evaluation, each step's work done. */
export const throughFirstCycle = (log: EventLog, stream: string, start = '2024-01-10'): void => {
  log.append(stream, fa.proposed(), actors.coordinator, start);
  councilDecides(log, stream, { proposalId: 'p-prioritise', transition: 'prioritise', from: 'proposed', to: 'mapping', at: '2024-02-01' });
  log.append(stream, [fa.problemStatement(), fa.source()], actors.coordinator, '2024-02-20');
  councilDecides(log, stream, { proposalId: 'p-analysis', transition: 'advance', from: 'mapping', to: 'analysis', at: '2024-03-14' });
  log.append(stream, fa.cause(), actors.coordinator, '2024-04-02');
  councilDecides(log, stream, { proposalId: 'p-measures', transition: 'advance', from: 'analysis', to: 'measures', at: '2024-05-16' });
  log.append(stream, [fa.goal(), fa.measure(), fa.childImpact()], actors.coordinator, '2024-05-20');
  councilDecides(log, stream, { proposalId: 'p-evaluation', transition: 'advance', from: 'measures', to: 'evaluation', at: '2024-06-13' });
};
