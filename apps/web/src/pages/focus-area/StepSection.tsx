import type { ReactNode } from 'react';
import { capitalise, STEP_LABEL } from '../../ui';
import type { CycleStep } from '../../api/schema';

/** One step of the cycle as a section of the page; the step the focus area is in says so in words. */
export function StepSection({ step, current, intro, children }: { step: CycleStep; current: boolean; intro: string; children: ReactNode }) {
  return (
    <section
      id={`steg-${step}`}
      className={current ? 'fap-section fap-step fap-step--current' : 'fap-section fap-step'}
      aria-labelledby={`steg-${step}-rubrik`}
    >
      <h2 id={`steg-${step}-rubrik`} tabIndex={-1}>
        {capitalise(STEP_LABEL[step])}
        {current ? <span className="fap-step__now"> – pågående steg</span> : null}
      </h2>
      <p className="fap-section__intro">{intro}</p>
      {children}
    </section>
  );
}
