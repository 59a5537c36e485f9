import { useEffect, useId, useState } from 'react';
import { formatDate } from '../../ui';
import { useMeetings } from './meeting-queries';

export interface ProtocolReference {
  readonly meetingId: string;
  readonly paragraph: number;
}

/**
 * The paragraph each open decision will cite, by proposal: the picker in the Beslut dialog sets it,
 * the card that sends the decision reads it (`protocolFor`), so the dialog needs one line for it.
 */
const chosen = new Map<string, ProtocolReference>();

/** `{ protocol }` for the decision's body when a paragraph is chosen, else nothing. */
export const protocolFor = (proposalId: string): { protocol?: ProtocolReference } => {
  const protocol = chosen.get(proposalId);
  return protocol ? { protocol } : {};
};

interface Props {
  readonly agreementId: string;
  readonly focusAreaId: string;
  readonly proposalId: string;
}

/**
 * Offers the paragraphs of the agreement's council meetings whose agenda carries this proposal
 * (and whose minutes are not yet checked by every party). Shows nothing when there is none: the
 * decision is then recorded without a paragraph, as before meetings were kept in the app.
 */
export const ProtocolPicker = ({ agreementId, focusAreaId, proposalId }: Props) => {
  const id = useId();
  const meetings = useMeetings(agreementId);
  const options = [...(meetings.data?.upcoming ?? []), ...(meetings.data?.held ?? [])]
    .filter((m) => m.body === 'council' && m.status !== 'minutesChecked')
    .flatMap((m) =>
      m.paragraphs
        .filter((p) => p.subject.kind === 'transition' && p.subject.focusAreaId === focusAreaId && p.subject.proposalId === proposalId)
        .map((p) => ({
          value: `${m.meetingId}#${p.paragraph}`,
          protocol: { meetingId: m.meetingId, paragraph: p.paragraph },
          label: `§ ${p.paragraph}, strategiska rådets möte ${formatDate(m.heldOn ?? m.date)}`,
        })),
    );
  const first = options[0]?.value ?? '';
  const [value, setValue] = useState<string | null>(null);
  const current = value ?? first;
  useEffect(() => {
    const option = options.find((o) => o.value === current);
    if (option) chosen.set(proposalId, option.protocol);
    else chosen.delete(proposalId);
  });
  if (options.length === 0) return null;
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        Beslutat vid
      </label>
      <select id={id} className="select" value={current} onChange={(e) => setValue(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        <option value="none">Inte vid ett möte i appen</option>
      </select>
    </div>
  );
};
