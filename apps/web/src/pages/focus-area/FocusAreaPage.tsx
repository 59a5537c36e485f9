import { useCallback, useMemo, type MouseEvent } from 'react';
import { useParams } from 'react-router';
import { useAgreementDetail } from '../../api/queries';
import type { CommandOutcome } from '../../api/client';
import { capitalise, formatDate, Loading, PageHeading, ProblemMessage, STEP_LABEL, usePageTitle } from '../../ui';
import { ActionPlanTable } from './ActionPlanTable';
import { CarryForwardPanel } from './CarryForwardPanel';
import { CausesSection } from './CausesSection';
import { ChildImpactAssessmentForm } from './ChildImpactAssessmentForm';
import { CycleDrawing } from './CycleDrawing';
import { EvaluationSection } from './EvaluationSection';
import { useFocusAreaQuery, useSendCommand, useStaleFlag, type SendCommand } from './focus-area-data';
import { FocusAreaProvider, type FocusAreaPageContext } from './FocusAreaContext';
import { GoalsSection } from './GoalsSection';
import { PreviousCycles } from './PreviousCycles';
import { ProblemStatementForm } from './ProblemStatementForm';
import { SourcesSection } from './SourcesSection';
import { StaleRevisionNotice } from './StaleRevisionNotice';
import { StepSection } from './StepSection';
import { Timeline } from './Timeline';
import { TransitionActions } from './TransitionActions';
import { CYCLE_STEPS, isCycleStep, type CycleStep, type FocusAreaView } from '../../api/schema';
import type { ProposeTransitionCommand, StepBackCommand } from './possible-commands';
import './focus-area.css';

/**
 * In-page links that move focus to the section's heading without changing the URL: a hash change
 * would be a navigation for the router, and the page heading would take focus back to the top.
 */
const jumpTo = (headingId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  event.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
};

const INTRO: Readonly<Record<CycleStep, string>> = {
  mapping: 'Ett avgränsat, återkommande problem: vad, var, när och hur ofta, och källorna som visar det.',
  analysis: 'Orsakerna som bidrar till problemet: risk- och skyddsfaktorer, plats, tid och aktörer.',
  measures: 'Åtgärdsplanen enligt Brås modell: varje åtgärd kopplad till en orsak och ett SMART mål, med ansvarig, datum och uppföljning.',
  evaluation: 'Genomfördes åtgärderna (produktion), hur gick det (process) och rörde sig indikatorn mot målet (effekt)?',
};

/** A step's section is shown once the cycle has reached it, or when it holds work. */
const shows = (step: CycleStep, view: FocusAreaView): boolean => {
  const { work, step: status } = view;
  if (status === 'closed') return true;
  if (isCycleStep(status) && CYCLE_STEPS.indexOf(step) <= CYCLE_STEPS.indexOf(status)) return true;
  switch (step) {
    case 'mapping':
      return work.problemStatement !== null || work.sources.length > 0;
    case 'analysis':
      return work.causes.length > 0;
    case 'measures':
      return work.goals.length > 0 || work.measures.length > 0 || work.childImpactAssessment !== null;
    case 'evaluation':
      return work.outcomes.length > 0 || work.conclusion !== null;
  }
};

/**
 * Fokusområde: where one focus area stands in the cycle, the work of each step in forms, the
 * transitions that are possible now, and its history. Every write carries the ETag the page shows
 * as If-Match; when someone else got there first the page says so and shows the latest.
 */
export default function FocusAreaPage() {
  const { focusAreaId = '' } = useParams();
  const query = useFocusAreaQuery(focusAreaId);
  const response = query.data?.data;
  const agreement = useAgreementDetail(response?.agreementId);
  const staleFlag = useStaleFlag();
  const etag = query.data ? (query.data.etag ?? `"${query.data.data.revision}"`) : null;
  const sendRaw = useSendCommand(focusAreaId, etag, staleFlag.raise);
  const clearStale = staleFlag.clear;
  const send = useCallback<SendCommand>(
    async <T extends CommandOutcome = CommandOutcome>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
      const result = await sendRaw<T>(method, path, body);
      if (result.ok) clearStale();
      return result;
    },
    [sendRaw, clearStale],
  );

  const context = useMemo<FocusAreaPageContext | null>(() => {
    if (!response) return null;
    const mayRecord = (agreement.data?.yourRoles ?? []).some((r) => r.role === 'coordinator');
    const commands = mayRecord ? response.possibleCommands : [];
    return {
      response,
      agreement: agreement.data,
      parties: agreement.data?.agreement.parties ?? [],
      mayRecord,
      send,
      can: (type) => commands.some((c) => c.type === type),
      proposals: commands.filter((c): c is ProposeTransitionCommand => c.type === 'ProposeTransition'),
      stepBacks: commands.filter((c): c is StepBackCommand => c.type === 'StepBack'),
    };
  }, [response, agreement.data, send]);

  usePageTitle(response ? `${response.focusArea.title} – fokusområde` : 'Fokusområde');

  if (!context || !response) {
    return query.error ? (
      <>
        <PageHeading title="Fokusområde" />
        <ProblemMessage error={query.error} title="Fokusområdet kunde inte hämtas" />
      </>
    ) : (
      <Loading>Hämtar fokusområdet…</Loading>
    );
  }

  const view = response.focusArea;
  const status = view.step;
  const steps = CYCLE_STEPS.filter((step) => shows(step, view));
  return (
    <FocusAreaProvider value={context}>
      <div className="fap-page">
        <PageHeading title={view.title}>
          <p className="fap-lead">
            Fokusområde i {agreement.data?.agreement.name ?? 'överenskommelsen'}
            {view.childrenAndYoungPeople ? <span className="fap-tag fap-tag--children">Särskilt fokus på barn och unga</span> : null}
          </p>
        </PageHeading>
        <StaleRevisionNotice shown={staleFlag.stale > 0} onDismiss={staleFlag.clear} />
        {view.description ? <p className="fap-description">{view.description}</p> : null}

        <div className="fap-top">
          <section className="fap-section fap-where" aria-labelledby="fap-where-heading">
            <h2 id="fap-where-heading">Var fokusområdet står</h2>
            <CycleDrawing status={status} cycle={view.cycle} />
            <dl className="fap-facts fap-facts--compact">
              <div className="fap-facts__row">
                <dt>Steg</dt>
                <dd>{capitalise(STEP_LABEL[status])}</dd>
              </div>
              <div className="fap-facts__row">
                <dt>Barn och unga</dt>
                <dd>
                  {view.childrenAndYoungPeople ? 'Gäller särskilt barn och unga' : 'Gäller inte särskilt barn och unga'}
                  {view.childImpactAssessmentRequired ? '; barnkonsekvensanalys krävs innan åtgärder beslutas' : '; ingen barnkonsekvensanalys krävs'}
                </dd>
              </div>
              <div className="fap-facts__row">
                <dt>Cykel</dt>
                <dd>{view.cycle}</dd>
              </div>
              {view.stepEnteredAt ? (
                <div className="fap-facts__row">
                  <dt>I steget sedan</dt>
                  <dd>{formatDate(view.stepEnteredAt)}</dd>
                </div>
              ) : null}
            </dl>
            {!context.mayRecord && agreement.data ? (
              <p className="fap-hint">Du kan läsa fokusområdet. Det är samordnarna som registrerar arbetet och föreslår övergångar.</p>
            ) : null}
          </section>
          <TransitionActions />
        </div>
        <CarryForwardPanel />

        {steps.length > 0 ? (
          <nav className="fap-jump" aria-label="Fokusområdets delar">
            <ul>
              {steps.map((step) => (
                <li key={step}>
                  <a href={`#steg-${step}`} onClick={jumpTo(`steg-${step}-rubrik`)}>
                    {capitalise(STEP_LABEL[step])}
                  </a>
                </li>
              ))}
              <li>
                <a href="#tidslinje" onClick={jumpTo('tidslinje-rubrik')}>
                  Tidslinje
                </a>
              </li>
            </ul>
          </nav>
        ) : null}

        {steps.includes('mapping') ? (
          <StepSection step="mapping" current={status === 'mapping'} intro={INTRO.mapping}>
            <ProblemStatementForm />
            <SourcesSection />
          </StepSection>
        ) : null}
        {steps.includes('analysis') ? (
          <StepSection step="analysis" current={status === 'analysis'} intro={INTRO.analysis}>
            <CausesSection />
          </StepSection>
        ) : null}
        {steps.includes('measures') ? (
          <StepSection step="measures" current={status === 'measures'} intro={INTRO.measures}>
            <GoalsSection />
            <ActionPlanTable />
            <ChildImpactAssessmentForm />
          </StepSection>
        ) : null}
        {steps.includes('evaluation') ? (
          <StepSection step="evaluation" current={status === 'evaluation'} intro={INTRO.evaluation}>
            <EvaluationSection />
          </StepSection>
        ) : null}
        <PreviousCycles />
        <Timeline />
      </div>
    </FocusAreaProvider>
  );
}
