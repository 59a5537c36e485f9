import { daysBetween, swedishDateOf } from '@samverkan/dates';
import type { FocusAreaAsOf, Party } from '../../api/schema';
import { formatDate, formatDays, listSv, partyName, StepBadge, transitionSentence } from '../../ui';
import { AsOfWork } from './AsOfWork';
import { DecisionsAsOf } from './DecisionsAsOf';
import { MeasuresAsOf } from './MeasuresAsOf';

interface Props {
  readonly doc: FocusAreaAsOf;
  /** The moment the focus area is shown at (ISO-8601 instant). */
  readonly at: string;
  readonly parties: readonly Party[];
  /** The parties bound that day: whose approval a pending proposal still waited for. */
  readonly partiesInForce?: readonly Party[];
  /** A heading level below the section's (h4 in a list of focus areas, h3 alone). */
  readonly headingLevel?: 3 | 4;
  /** Marks the card as changed (two moments compared), with what to say about it. */
  readonly changed?: string;
}

/** What waited for the council at the moment: the proposal, who had approved it and for which party, who had not yet. */
const PendingAsOf = ({ doc, parties, partiesInForce }: Pick<Props, 'doc' | 'parties' | 'partiesInForce'>) => {
  const pending = doc.pendingProposal;
  if (!pending) return null;
  const approved = new Set(pending.approvals.map((a) => a.partyId));
  const awaiting = (partiesInForce ?? []).filter((p) => !approved.has(p.partyId)).map((p) => p.name);
  return (
    <div className="plan-card__wide">
      <dt>Väntade på rådet</dt>
      <dd>
        {transitionSentence(pending.transition, pending.from, pending.to)} (föreslaget {formatDate(swedishDateOf(pending.proposedAt))}
        {pending.meeting ? `, ${pending.meeting.name}` : ''}): {pending.grounds}
        <ul className="plan-card__sub">
          {pending.approvals.map((a) => (
            <li key={a.partyId}>
              Godkänt för {partyName(parties, a.partyId)} {formatDate(swedishDateOf(a.decidedAt))}
            </li>
          ))}
          {pending.approvals.length === 0 ? <li>Ingen part hade godkänt.</li> : null}
          {awaiting.length ? <li>Väntade på {listSv(awaiting)}.</li> : null}
        </ul>
      </dd>
    </div>
  );
};

/**
 * One focus area as it stood at a moment, with everything its page shows: step and cycle, what
 * waited for the council, the last rejection, the problem, sources, causes, goals with their
 * measurements and outcomes, the action plan, the child impact assessment, the conclusion and the
 * council's decisions. Used for the plan at a moment, the two moments side by side and the replay.
 */
export const FocusAreaAsOfCard = ({ doc, at, parties, partiesInForce, headingLevel = 4, changed }: Props) => {
  const headingId = `plan-${doc.focusAreaId}-${at}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  const { work } = doc;
  return (
    <article className={`plan-card${changed ? ' plan-card--changed' : ''}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="plan-card__title">
        {doc.title}
      </Heading>
      {changed ? <p className="plan-card__changed">{changed}</p> : null}
      <dl className="plan-card__facts">
        <div>
          <dt>Steg</dt>
          <dd>
            <StepBadge step={doc.step} />
          </dd>
        </div>
        <div>
          <dt>Cykel</dt>
          <dd>{doc.cycle}</dd>
        </div>
        <div>
          <dt>I steget</dt>
          <dd>{formatDays(Math.max(0, daysBetween(swedishDateOf(doc.stepEnteredAt), swedishDateOf(at))))}</dd>
        </div>
        <PendingAsOf doc={doc} parties={parties} partiesInForce={partiesInForce} />
        {doc.lastRejection ? (
          <div className="plan-card__wide">
            <dt>Senast avslaget</dt>
            <dd>
              {partyName(parties, doc.lastRejection.partyId)} avslog: {doc.lastRejection.reason}
            </dd>
          </div>
        ) : null}
        {doc.lastWithdrawal ? (
          <div className="plan-card__wide">
            <dt>Senast tillbakadraget</dt>
            <dd>
              {transitionSentence(doc.lastWithdrawal.transition, doc.lastWithdrawal.from, doc.lastWithdrawal.to)}: {doc.lastWithdrawal.reason}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Gäller barn och unga</dt>
          <dd>{doc.childrenAndYoungPeople ? 'Ja' : 'Nej'}</dd>
        </div>
        {work.problemStatement ? (
          <div className="plan-card__wide">
            <dt>Problem</dt>
            <dd>
              {work.problemStatement.what} – {work.problemStatement.where}, {work.problemStatement.when}, {work.problemStatement.howOften}
            </dd>
          </div>
        ) : null}
      </dl>
      <AsOfWork work={work} Sub={Sub} />
      <Sub className="plan-card__subtitle">Handlingsplan</Sub>
      <MeasuresAsOf measures={work.measures} title={`Åtgärder i ${doc.title}`} at={at} parties={parties} />
      {doc.previousCycles.map((previous) => (
        <details key={previous.cycle} className="plan-card__previous">
          <summary>Cykel {previous.cycle}, avslutad</summary>
          <AsOfWork work={previous.work} Sub={Sub} />
          <MeasuresAsOf measures={previous.work.measures} title={`Åtgärder i ${doc.title}, cykel ${previous.cycle}`} at={at} parties={parties} />
        </details>
      ))}
      <DecisionsAsOf agreementId={doc.agreementId} focusAreaId={doc.focusAreaId} title={doc.title} at={at} Sub={Sub} />
    </article>
  );
};
