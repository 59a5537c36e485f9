import { useEffect, useId, useState } from 'react';
import { formatDate } from '../../ui';
import { useMeetings } from './meeting-queries';

export interface ProtocolReference {
  readonly meetingId: string;
  readonly paragraph: number;
}

/** What a decision is about: a transition's proposal, or an annex version (the agenda subjects a decision can cite). */
export type DecisionSubject =
  | { readonly kind: 'transition'; readonly focusAreaId: string; readonly proposalId: string }
  | { readonly kind: 'annexVersion'; readonly annexId: string; readonly version: number }
  | { readonly kind: 'amendment'; readonly amendmentId: string };

const keyOf = (subject: DecisionSubject): string => JSON.stringify(subject);

type AgendaItemSubject = {
  readonly kind: string;
  readonly focusAreaId?: string;
  readonly proposalId?: string;
  readonly annexId?: string;
  readonly version?: number;
  readonly amendmentId?: string;
};

/** Whether an agenda item's subject is this decision's (the web's reading of the meetings lib's `sameSubject`). */
const isAbout = (item: AgendaItemSubject, subject: DecisionSubject): boolean => {
  switch (subject.kind) {
    case 'transition':
      return item.kind === 'transition' && item.focusAreaId === subject.focusAreaId && item.proposalId === subject.proposalId;
    case 'annexVersion':
      return item.kind === 'annexVersion' && item.annexId === subject.annexId && item.version === subject.version;
    case 'amendment':
      return item.kind === 'amendment' && item.amendmentId === subject.amendmentId;
  }
};

/**
 * The paragraph each open decision will cite, by subject: the picker in a decision's form sets it,
 * the code that sends the decision reads it (`protocolFor`), so the form needs one line for it.
 */
const chosen = new Map<string, ProtocolReference>();

/** `{ protocol }` for the decision's body when a paragraph is chosen, else nothing. */
export const protocolFor = (subject: DecisionSubject): { protocol?: ProtocolReference } => {
  const protocol = chosen.get(keyOf(subject));
  return protocol ? { protocol } : {};
};

interface Props {
  readonly agreementId: string;
  readonly subject: DecisionSubject;
}

/**
 * Offers the paragraphs of the agreement's council meetings whose agenda carries this decision's
 * subject (and whose minutes are not yet checked by every party). Shows nothing when there is none:
 * the decision is then recorded without a paragraph, as before meetings were kept in the app.
 */
export const ProtocolPicker = ({ agreementId, subject }: Props) => {
  const id = useId();
  const meetings = useMeetings(agreementId);
  const options = [...(meetings.data?.upcoming ?? []), ...(meetings.data?.held ?? [])]
    .filter((m) => m.body === 'council' && m.status !== 'minutesChecked')
    .flatMap((m) =>
      m.paragraphs
        .filter((p) => isAbout(p.subject, subject))
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
    if (option) chosen.set(keyOf(subject), option.protocol);
    else chosen.delete(keyOf(subject));
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
