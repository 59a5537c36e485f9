import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useKeptText } from './kept-text';
import type { DecisionInboxItem } from '../../api/schema';
import { Button, Dialog, ProblemMessage, TextArea, transitionSentence } from '../../ui';
import { ProtocolPicker } from '../meetings/ProtocolPicker';

export interface RejectDialogProps {
  readonly open: boolean;
  readonly item: DecisionInboxItem;
  readonly partyName: string;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onConfirm: (reason: string) => void;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
  /** Where the typed reason is kept (per party and proposal), so a refetch or a refusal does not lose it. */
  readonly keepAs: string;
}

/**
 * A rejection must say why (the proposal goes back to the coordinator with it); the reason is required here too.
 * The reason typed is kept per proposal (sessionStorage) until the rejection is saved.
 */
export const RejectDialog = ({ open, item, partyName, busy, error, onConfirm, onClose, returnFocus, keepAs }: RejectDialogProps) => {
  const [reason, setReason] = useKeptText(keepAs);
  const [missing, setMissing] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    setMissing(false);
    onConfirm(reason.trim());
  };

  // Closing keeps what was typed: it is there when the dialog opens again, until the decision is saved.
  const close = () => {
    setMissing(false);
    onClose();
  };

  return (
    <Dialog open={open} title="Avslå förslaget" onClose={close} initialFocus={reasonRef} returnFocus={returnFocus}>
      <p>
        Du avslår för <strong>{partyName}</strong>:
      </p>
      <p className="dialog__subject">
        {transitionSentence(item.transition, item.from, item.to)} – <strong>{item.focusAreaTitle}</strong>
      </p>
      <ProtocolPicker agreementId={item.agreementId} focusAreaId={item.focusAreaId} proposalId={item.proposalId} />
      <ProblemMessage error={error} title="Avslaget kunde inte sparas" />
      <form onSubmit={submit} noValidate className="form">
        <TextArea
          ref={reasonRef}
          label="Skäl till avslaget"
          hint="Skälet skickas till samordnaren och sparas i historiken. Skriv inte personnummer eller uppgifter om enskilda personer."
          required
          value={reason}
          error={missing ? 'Skriv varför förslaget avslås.' : null}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="actions">
          <Button type="submit" variant="danger" busy={busy}>
            Avslå för {partyName}
          </Button>
          <Button variant="secondary" onClick={close}>
            Avbryt
          </Button>
        </div>
      </form>
    </Dialog>
  );
};
