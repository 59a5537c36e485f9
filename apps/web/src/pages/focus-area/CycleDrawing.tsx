import { useId } from 'react';
import type { Step } from '../../api/schema';
import { STEP_LABEL } from '../../ui';
import { CYCLE_STEPS as STEPS, type CycleStep } from '../../api/schema';

/**
 * Each step as a pill on a rounded square, clockwise from the top; its label split into lines. The
 * side pills sit far enough out that the word in the middle ("Föreslaget", "Återkallat") has room
 * between them: the middle is 150 units wide beside a ringed pill, the longest word at 22px about 120.
 */
const PILLS: Readonly<Record<CycleStep, { x: number; y: number; w: number; h: number; lines: string[] }>> = {
  mapping: { x: 250, y: 50, w: 190, h: 48, lines: ['1. Kartläggning'] },
  analysis: { x: 412, y: 200, w: 148, h: 48, lines: ['2. Analys'] },
  measures: { x: 250, y: 350, w: 190, h: 48, lines: ['3. Åtgärder'] },
  evaluation: { x: 92, y: 200, w: 168, h: 72, lines: ['4. Uppföljning', 'och utvärdering'] },
};

/** The centre of the drawing, between the side pills: where the cycle's number or the state outside it is written. */
const CENTRE = { x: 250, y: 208 };

/** The arrows between the pills: quadratic curves round the corners, ending clear of the pills. */
const ARROWS: readonly string[] = ['M 345 50 Q 412 50 412 167', 'M 412 233 Q 412 350 354 350', 'M 155 350 Q 92 350 92 245', 'M 92 155 Q 92 50 146 50'];

const stateText = (status: Step, cycle: number): string => {
  switch (status) {
    case 'proposed':
      return 'Fokusområdet är föreslaget och har ännu inte prioriterats av rådet; cykeln har inte börjat.';
    case 'closed':
      return `Fokusområdet är avslutat efter cykel ${cycle}.`;
    case 'withdrawn':
      return 'Fokusområdet är återkallat och ingår inte i arbetet.';
    default:
      return `Nuvarande steg: ${STEP_LABEL[status]}, cykel ${cycle}.`;
  }
};

const OUTSIDE: Partial<Record<Step, string>> = { proposed: 'Föreslaget', closed: 'Avslutat', withdrawn: 'Återkallat' };

/**
 * The cycle as the agreements draw it: kartläggning → analys → åtgärder → uppföljning och
 * utvärdering, in a circle, the current step marked (filled, bold and ringed, so not by colour
 * alone; the page names it in words beside the drawing) with the cycle's number in the middle. One
 * image for assistive technology, named by its current step.
 */
export function CycleDrawing({ status, cycle }: { status: Step; cycle: number }) {
  const titleId = useId();
  const descId = useId();
  const markerId = `${titleId}-pil`.replace(/[^a-zA-Z0-9_-]/g, '');
  const inCycle = (STEPS as readonly string[]).includes(status);
  const outside = OUTSIDE[status];
  return (
    <figure className="fap-cycle">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox="0 0 500 400"
        className={inCycle ? 'fap-cycle__svg' : 'fap-cycle__svg fap-cycle__svg--outside'}
        focusable="false"
      >
        <title id={titleId}>Fokusområdets cykel</title>
        <desc id={descId}>Cykeln kartläggning, analys, åtgärder, uppföljning och utvärdering. {stateText(status, cycle)}</desc>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="fap-cycle__arrowhead" />
          </marker>
        </defs>
        {ARROWS.map((d) => (
          <path key={d} d={d} className="fap-cycle__arc" markerEnd={`url(#${markerId})`} />
        ))}
        {STEPS.map((step) => {
          const pill = PILLS[step];
          const current = step === status;
          const top = pill.y - ((pill.lines.length - 1) * 24) / 2 + 7;
          return (
            <g key={step} className={current ? 'fap-cycle__pill fap-cycle__pill--current' : 'fap-cycle__pill'}>
              {current ? (
                <rect
                  x={pill.x - pill.w / 2 - 6}
                  y={pill.y - pill.h / 2 - 6}
                  width={pill.w + 12}
                  height={pill.h + 12}
                  rx={Math.min(30, (pill.h + 12) / 2)}
                  className="fap-cycle__halo"
                />
              ) : null}
              <rect x={pill.x - pill.w / 2} y={pill.y - pill.h / 2} width={pill.w} height={pill.h} rx={Math.min(24, pill.h / 2)} />
              <text x={pill.x} y={top} textAnchor="middle" className="fap-cycle__label">
                {pill.lines.map((line, i) => (
                  <tspan key={line} x={pill.x} dy={i === 0 ? 0 : 24}>
                    {/* Each line starts anew at x, so the space is not drawn; it keeps the words apart in the text ("Uppföljning och utvärdering"). */}
                    {i < pill.lines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        <text x={CENTRE.x} y={CENTRE.y} textAnchor="middle" className="fap-cycle__centre">
          {outside ?? `Cykel ${cycle}`}
        </text>
      </svg>
    </figure>
  );
}
