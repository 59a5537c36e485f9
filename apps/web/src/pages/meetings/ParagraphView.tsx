import { ClampedText, formatDate, ROLE_LABEL, STEP_LABEL, transitionSentence } from '../../ui';
import type { MeetingParagraph } from './meeting-queries';

const DECISION_LABEL: Readonly<Record<string, string>> = {
  TransitionApproved: 'Godkände',
  TransitionRejected: 'Avslog',
  AnnexVersionDecided: 'Beslutade bilagan',
  AmendmentApproved: 'Godkände ändringen',
  AmendmentRejected: 'Avslog ändringen',
};

/** The material the council reads before deciding a transition: the proposal and the focus area's work. */
const Material = ({ material }: { material: NonNullable<MeetingParagraph['material']> }) => (
  <div className="paragraph__material">
    <p>
      <strong>{material.focusAreaTitle}</strong>, i steget {STEP_LABEL[material.step]}.
    </p>
    {material.proposal ? (
      <>
        <p>Förslag: {transitionSentence(material.proposal.transition, material.proposal.from, material.proposal.to)}.</p>
        <ClampedText className="prose">Motivering: {material.proposal.grounds}</ClampedText>
      </>
    ) : null}
    <ul className="paragraph__work">
      {material.work.problem ? (
        <li>
          <ClampedText lines={3}>Problemet: {material.work.problem}</ClampedText>
        </li>
      ) : null}
      <li>
        {material.work.sources} källor, {material.work.causes} orsaker, {material.work.goals} mål, {material.work.measures} åtgärder
      </li>
      <li>Barnkonsekvensanalys: {material.work.childImpactAssessment ? 'gjord' : 'inte gjord'}</li>
    </ul>
  </div>
);

/** One paragraph (§) of the agenda or the minutes: its title, material, the decisions taken under it, and its note. */
export const ParagraphView = ({ paragraph, showDecisions }: { paragraph: MeetingParagraph; showDecisions: boolean }) => (
  <>
    <h3 className="paragraph__title">
      <span className="paragraph__number">§ {paragraph.paragraph}</span> {paragraph.title}
    </h3>
    {paragraph.material ? <Material material={paragraph.material} /> : null}
    {showDecisions ? (
      paragraph.decisions.length === 0 ? (
        <p className="muted">Inga beslut registrerade under paragrafen.</p>
      ) : (
        <ul className="paragraph__decisions" aria-label={`Beslut under § ${paragraph.paragraph}`}>
          {paragraph.decisions.map((d) => (
            <li key={`${d.eventType}-${d.occurredAt}-${d.partyId ?? ''}`}>
              <strong>{d.partyName ?? 'Part'}</strong>: {DECISION_LABEL[d.eventType] ?? d.eventType} (
              {d.actorFunction ?? ROLE_LABEL[d.actorRole as keyof typeof ROLE_LABEL] ?? d.actorRole}, {formatDate(d.occurredAt.slice(0, 10))})
              {d.reason ? <ClampedText lines={3}>Skäl: {d.reason}</ClampedText> : null}
            </li>
          ))}
        </ul>
      )
    ) : null}
    {/* The minutes' note is kept whole in print (the print stylesheet lifts the clamp); on screen it may be pages long. */}
    {paragraph.note ? (
      <ClampedText lines={6} className="paragraph__note prose">
        {paragraph.note}
      </ClampedText>
    ) : null}
  </>
);
