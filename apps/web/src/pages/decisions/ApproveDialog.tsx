import type { RefObject } from 'react';
import type { DecisionInboxItem } from '../../api/schema';
import { Button, Dialog, ProblemMessage, transitionSentence } from '../../ui';
import { ProtocolPicker } from '../meetings/ProtocolPicker';

export interface ApproveDialogProps {
  readonly open: boolean;
  readonly item: DecisionInboxItem;
  readonly partyName: string;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}

/** Approving is a decision on behalf of a party: one more, deliberate step, with the party named. */
export const ApproveDialog = ({ open, item, partyName, busy, error, onConfirm, onClose, returnFocus }: ApproveDialogProps) => (
  <Dialog open={open} title="Godkänn förslaget" onClose={onClose} returnFocus={returnFocus}>
    <p>
      Du godkänner för <strong>{partyName}</strong>:
    </p>
    <p className="dialog__subject">
      {transitionSentence(item.transition, item.from, item.to)} – <strong>{item.focusAreaTitle}</strong>
    </p>
    <ProtocolPicker agreementId={item.agreementId} focusAreaId={item.focusAreaId} proposalId={item.proposalId} />
    <ProblemMessage error={error} title="Beslutet kunde inte sparas" />
    <div className="actions">
      <Button onClick={onConfirm} busy={busy}>
        Godkänn för {partyName}
      </Button>
      <Button variant="secondary" onClick={onClose}>
        Avbryt
      </Button>
    </div>
  </Dialog>
);
