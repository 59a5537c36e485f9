import { useId, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { ApiProblem, isStale } from '../../api/problem';
import { useCommand } from '../../api/queries';
import type { DecisionInboxItem, Party, RoleAssignment } from '../../api/schema';
import { Button, ClampedText, formatDate, formatDateTime, partyName, ROLE_LABEL, transitionSentence } from '../../ui';
import { protocolFor } from '../meetings/ProtocolPicker';
import { ApproveDialog } from './ApproveDialog';
import { alreadyDecidedMessage, approvedMessage, rejectedMessage } from './decision-messages';
import { forgetKeptText, keptTextKey } from './kept-text';
import { ProposalMaterial } from './ProposalMaterial';
import { RejectDialog } from './RejectDialog';

export interface ProposalCardProps {
  readonly item: DecisionInboxItem;
  /** The party the user decides for in this inbox. */
  readonly partyId: string;
  readonly parties: readonly Party[];
  readonly roles: readonly RoleAssignment[];
  /** Where focus goes after a decision, or after a refusal for a stale page: the page's feedback. */
  readonly feedbackRef: RefObject<HTMLElement | null>;
  readonly onDecided: (message: string) => void;
  /** Someone changed the focus area since the page was read (or decided first): the page says so and shows the fresh state. */
  readonly onStale: (error: unknown, proposalId: string) => void;
}

/**
 * Refusals the fresh inbox explains: the focus area changed (409/412), the party's other member
 * decided first (PartyMayDecideOnce), or the proposal no longer waits (decided or withdrawn).
 */
export const explainedByFreshInbox = (error: unknown): boolean =>
  isStale(error) || (error instanceof ApiProblem && (error.rule === 'PartyMayDecideOnce' || error.rule === 'ProposalMustBePending'));

const proposer = (userId: string, roles: readonly RoleAssignment[], parties: readonly Party[]) => {
  const role = roles.find((r) => r.userId === userId && r.role === 'coordinator') ?? roles.find((r) => r.userId === userId);
  if (!role) return userId;
  return `${role.function || ROLE_LABEL[role.role]}${role.partyId ? `, ${partyName(parties, role.partyId)}` : ''}`;
};

/**
 * One proposal before the council, with its material. Once the user's party has decided (by its
 * representative or its substitute) the card says plainly who did and when, and offers nothing. The decision is sent with If-Match: the focus area's
 * revision as the inbox row gives it (its ETag), so a change made after the inbox was read (another
 * party's decision, a coordinator's edit) is refused, and the refreshed inbox shows the fresh state
 * instead. No card reads its focus area: the row carries all it needs.
 */
export const ProposalCard = ({ item, partyId, parties, roles, feedbackRef, onDecided, onStale }: ProposalCardProps) => {
  const titleId = useId();
  const command = useCommand();
  const userId = useAuth().session?.userId;
  const reasonKey = keptTextKey(partyId, item.proposalId, 'reason');
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const ourName = partyName(parties, partyId);
  const path = `/focus-areas/${encodeURIComponent(item.focusAreaId)}/proposals/${encodeURIComponent(item.proposalId)}`;

  const open = (which: 'approve' | 'reject') => {
    returnFocus.current = null;
    command.reset();
    setDialog(which);
  };

  // mutateAsync, not mutate's callbacks: a decision removes the card from the refreshed inbox, and
  // callbacks given to mutate() are dropped when their component has gone.
  const decide = async (kind: 'approvals' | 'rejections', body: Record<string, string>, message: string) => {
    try {
      await command.mutateAsync({
        method: 'POST',
        path: `${path}/${kind}`,
        body: { partyId, ...protocolFor({ kind: 'transition', focusAreaId: item.focusAreaId, proposalId: item.proposalId }), ...body },
        ifMatch: `"${item.revision}"`,
      });
      if (kind === 'rejections') forgetKeptText(reasonKey);
      returnFocus.current = feedbackRef.current;
      onDecided(message);
      setDialog(null);
    } catch (error) {
      if (!explainedByFreshInbox(error)) return; // shown in the dialog, which stays open (with its text)
      returnFocus.current = feedbackRef.current;
      setDialog(null);
      onStale(error, item.proposalId);
    }
  };

  const approve = () => {
    const lastToApprove = item.awaiting.length === 1 && item.awaiting[0] === partyId;
    void decide('approvals', {}, approvedMessage(item, partyId, parties, lastToApprove));
  };

  const reject = (reason: string) => void decide('rejections', { reason }, rejectedMessage(item, partyId, parties));

  return (
    <article className="proposal card" aria-labelledby={titleId}>
      <h3 id={titleId} className="proposal__title">
        <Link to={`/fokusomraden/${encodeURIComponent(item.focusAreaId)}`}>{item.focusAreaTitle}</Link>
      </h3>
      <p className="proposal__transition">{transitionSentence(item.transition, item.from, item.to)}</p>
      <dl className="proposal__facts">
        <div>
          <dt>Motivering</dt>
          <dd>
            {/* Grounds may be pages long: the card shows their start, the rest on request (the material follows). */}
            <ClampedText className="prose">{item.grounds}</ClampedText>
          </dd>
        </div>
        <div>
          <dt>Möte</dt>
          <dd>{item.meeting ? `${item.meeting.name}, ${formatDate(item.meeting.date)}` : 'Inget möte angivet'}</dd>
        </div>
        <div>
          <dt>Föreslaget</dt>
          <dd>
            {formatDateTime(item.proposedAt)} av {proposer(item.proposedBy, roles, parties)}
          </dd>
        </div>
      </dl>
      <ProposalMaterial item={item} parties={parties} />
      <h4 className="proposal__parties-title">Parternas beslut</h4>
      <ul className="party-decisions">
        {parties.map((party) => {
          const approved = item.approvedBy.includes(party.partyId);
          return (
            <li key={party.partyId} className={approved ? 'party-decisions__item party-decisions__item--approved' : 'party-decisions__item'}>
              <span className="party-decisions__mark" aria-hidden="true">
                {approved ? '✓' : '…'}
              </span>
              <span>
                {party.name}
                {party.partyId === partyId ? ' (din part)' : ''}: <strong>{approved ? 'har godkänt' : 'har inte beslutat'}</strong>
              </span>
            </li>
          );
        })}
      </ul>
      {item.decidedForParty ? (
        <p className="notice notice--info proposal__decided">{alreadyDecidedMessage(item.decidedForParty, parties, userId)}</p>
      ) : (
        <div className="actions">
          <Button onClick={() => open('approve')}>
            Godkänn<span className="visually-hidden"> förslaget om {item.focusAreaTitle}</span>
          </Button>
          <Button variant="danger-outline" onClick={() => open('reject')}>
            Avslå<span className="visually-hidden"> förslaget om {item.focusAreaTitle}</span>
          </Button>
        </div>
      )}
      <ApproveDialog
        open={dialog === 'approve'}
        item={item}
        partyName={ourName}
        busy={command.isPending}
        error={command.error}
        onConfirm={approve}
        onClose={() => setDialog(null)}
        returnFocus={returnFocus}
      />
      <RejectDialog
        open={dialog === 'reject'}
        item={item}
        partyName={ourName}
        busy={command.isPending}
        error={command.error}
        onConfirm={reject}
        onClose={() => setDialog(null)}
        returnFocus={returnFocus}
        keepAs={reasonKey}
      />
    </article>
  );
};
