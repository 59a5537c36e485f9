import { useCallback, useEffect, useRef, useState } from 'react';
import { useInbox } from '../../api/queries';
import type { AgreementSummary, WithdrawnProposal } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { WithAgreement, type CurrentAgreement } from '../../layout/current-agreement';
import { ClampedText, formatShortDay, LiveRegion, PageHeading, ProblemMessage, QueryState } from '../../ui';
import { alreadyDecidedMessage } from './decision-messages';
import { ProposalCard } from './ProposalCard';

const Inbox = ({ agreement, current }: { agreement: AgreementSummary; current: CurrentAgreement }) => {
  const inbox = useInbox(agreement.agreementId);
  const [result, setResult] = useState('');
  const [stale, setStale] = useState<{ error: unknown; proposalId: string } | null>(null);
  const userId = useAuth().session?.userId;
  // One place for what a decision led to; focus goes here after the dialog closes.
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onDecided = useCallback((message: string) => {
    setStale(null);
    setResult(message);
  }, []);
  const onStale = useCallback((error: unknown, proposalId: string) => {
    setResult('');
    setStale({ error, proposalId });
  }, []);
  // When the refusal came from the party's other member deciding first, the fresh inbox says who: told plainly.
  const decidedFirst =
    stale && inbox.data?.flatMap((party) => party.items).find((item) => item.proposalId === stale.proposalId && item.decidedForParty)?.decidedForParty;
  // The refreshed inbox may remove the decided card (and its dialog) before the dialog hands focus
  // back; then focus would fall to <body>. Taking it here keeps the keyboard user at the result.
  // (While the modal is still open the page is inert and this is a no-op; the dialog's close does it.)
  useEffect(() => {
    if (result || stale) feedbackRef.current?.focus();
  }, [result, stale]);

  return (
    <>
      <div ref={feedbackRef} tabIndex={-1} className="result-region">
        <LiveRegion message={result} visible />
        {stale && decidedFirst ? (
          <p className="notice notice--info">Beslutet sparades inte. {alreadyDecidedMessage(decidedFirst, agreement.parties, userId)}</p>
        ) : stale ? (
          <ProblemMessage error={stale.error} title="Beslutet sparades inte" />
        ) : null}
      </div>
      <QueryState query={inbox} loading="Hämtar förslag som väntar på beslut…" errorTitle="Förslagen kunde inte hämtas">
        {(inboxes) =>
          inboxes.length === 0 ? (
            <p className="notice notice--info">
              Du fattar inte beslut för någon part i {agreement.name}. Förslag som väntar på rådets beslut syns på Översikt.
            </p>
          ) : (
            inboxes.map((party) => (
              <section key={party.partyId} aria-labelledby={`inkorg-${party.partyId}`} className="inbox">
                <h2 id={`inkorg-${party.partyId}`}>Förslag till rådet – beslut för {party.partyName}</h2>
                {party.items.length === 0 ? (
                  <p className="muted">Inga förslag väntar på beslut från {party.partyName} just nu.</p>
                ) : (
                  <ol className="inbox__list" aria-label={`Förslag, äldst först, för ${party.partyName}`}>
                    {party.items.map((item) => (
                      <li key={item.proposalId}>
                        <ProposalCard
                          item={item}
                          partyId={party.partyId}
                          parties={agreement.parties}
                          roles={current.detail?.roles ?? []}
                          feedbackRef={feedbackRef}
                          onDecided={onDecided}
                          onStale={onStale}
                        />
                      </li>
                    ))}
                  </ol>
                )}
                <Withdrawn items={party.withdrawn} />
              </section>
            ))
          )
        }
      </QueryState>
    </>
  );
};

/** Proposals a coordinator took back before the council decided them, with the reason: the council sees why an item left its list. */
const Withdrawn = ({ items }: { items: readonly WithdrawnProposal[] }) =>
  items.length === 0 ? null : (
    <div className="inbox__withdrawn">
      <h3>Tillbakadragna förslag</h3>
      <ul>
        {items.map((w) => (
          <li key={`${w.focusAreaId}-${w.proposalId}`}>
            <strong>{w.focusAreaTitle}</strong>: förslaget att {w.transitionLabel} drogs tillbaka {formatShortDay(w.withdrawnAt)}.
            <ClampedText lines={2}>Skäl: {w.reason}</ClampedText>
          </li>
        ))}
      </ul>
    </div>
  );

/** Beslut: the council representative's inbox; approve, or reject with a reason, on behalf of the party. */
export default function DecisionsPage() {
  return (
    <>
      <PageHeading title="Beslut">
        <p className="lead">
          Förslag som väntar på beslut i det strategiska rådet. Rådet beslutar i samförstånd: ett förslag genomförs när alla parter har godkänt det. Ett
          avslag skickar tillbaka förslaget till samordnaren.
        </p>
      </PageHeading>
      <WithAgreement>{(agreement, current) => <Inbox agreement={agreement} current={current} />}</WithAgreement>
    </>
  );
}
