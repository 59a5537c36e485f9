import type { ReactNode } from 'react';
import type { ActionPlanRow } from './action-plan-rows';
import { CausesCell, DueCell, GoalCell, ResponsibleCell, StatusCell } from './ActionPlanParts';
import { useMediaQuery } from './useMediaQuery';

/** From here the table fits every one of Brå's columns without scrolling sideways; below it, a card per measure. */
export const PLAN_TABLE_MEDIA = '(min-width: 64rem)';

type Actions = (row: ActionPlanRow) => ReactNode;

/**
 * An action plan at any width: the table on a wide screen, a card per measure below PLAN_TABLE_MEDIA.
 * The table stays in the page on a narrow screen, hidden there by focus-area.css, because paper
 * always gets the table; its actions column only where it is shown, so no control is there twice.
 * An earlier cycle's plan is shown with the same component, without `actions`.
 */
export function ActionPlanLayout({ rows, actions }: { rows: readonly ActionPlanRow[]; actions?: Actions }) {
  const wide = useMediaQuery(PLAN_TABLE_MEDIA);
  return (
    <>
      <ActionPlanTableView rows={rows} {...(wide && actions ? { actions } : {})} />
      {wide ? null : <ActionPlanCards rows={rows} {...(actions ? { actions } : {})} />}
    </>
  );
}

/** Brå's columns for an action plan, in the order the agreements' annexes print them. */
export const PLAN_COLUMNS = [
  'Problem/orsak',
  'Åtgärd',
  'Delmål/operativt mål',
  'Mål (indikator)',
  'Ansvarig',
  'Klart senast',
  'Uppföljning',
  'Status',
] as const;

/** "Problem/orsak" may break after the slash in a narrow column, rather than inside a word. */
function ColumnName({ name }: { name: string }) {
  const [first, ...rest] = name.split('/');
  if (rest.length === 0) return name;
  return (
    <>
      {first}/<wbr />
      {rest.join('/')}
    </>
  );
}

/**
 * The action plan as a table in Brå's columns: on a screen wide enough to show every column
 * without scrolling sideways, and on paper. `actions` adds a last column with what may be done now.
 */
export function ActionPlanTableView({ rows, actions }: { rows: readonly ActionPlanRow[]; actions?: Actions }) {
  return (
    <div className="fap-plan__table-wrap">
      <table className="fap-table fap-plan__table">
        <caption className="visually-hidden">Åtgärdsplanen enligt Brås modell, en rad per åtgärd</caption>
        <thead>
          <tr>
            {PLAN_COLUMNS.map((column) => (
              <th key={column} scope="col">
                <ColumnName name={column} />
              </th>
            ))}
            {actions ? (
              <th scope="col" className="fap-plan__actions">
                Hantera
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.measure.measureId} className="fap-plan__row">
              <td className="fap-plan__cause">
                <CausesCell row={row} />
              </td>
              <th scope="row" className="fap-table__rowhead">
                {row.measure.activity}
                <span className="fap-plan__meta">{row.kind}</span>
              </th>
              <td>{row.measure.operationalGoal}</td>
              <td className="fap-plan__goal">
                <GoalCell row={row} />
              </td>
              <td className="fap-plan__who">
                <ResponsibleCell row={row} withShared />
              </td>
              <td className="fap-plan__due">
                <DueCell row={row} />
              </td>
              <td>{row.measure.followUpMethod}</td>
              <td className="fap-plan__status">
                <StatusCell row={row} />
              </td>
              {actions ? <td className="fap-plan__actions">{actions(row)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Fact({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={className ? `fap-facts__row ${className}` : 'fap-facts__row'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The action plan on a phone or a portrait tablet: one card per measure, every column of Brå's
 * model as a label and its value, so nothing hides behind a sideways scroll.
 */
export function ActionPlanCards({ rows, actions }: { rows: readonly ActionPlanRow[]; actions?: Actions }) {
  return (
    <ol className="fap-plan__cards" aria-label="Åtgärdsplanen, en åtgärd i taget">
      {rows.map((row) => (
        <li key={row.measure.measureId}>
          <article className="fap-plan__card" aria-labelledby={`fap-plan-card-${row.measure.measureId}`}>
            <h4 id={`fap-plan-card-${row.measure.measureId}`} className="fap-plan__card-title">
              {row.measure.activity}
              <span className="fap-plan__meta">{row.kind}</span>
            </h4>
            <dl className="fap-facts fap-plan__facts">
              <Fact label="Status" className="fap-plan__status">
                <StatusCell row={row} />
              </Fact>
              <Fact label="Klart senast" className="fap-plan__due">
                <DueCell row={row} />
              </Fact>
              <Fact label="Problem/orsak">
                <CausesCell row={row} />
              </Fact>
              <Fact label="Delmål/operativt mål">{row.measure.operationalGoal}</Fact>
              <Fact label="Mål (indikator)">
                <GoalCell row={row} />
              </Fact>
              <Fact label="Ansvarig">
                <ResponsibleCell row={row} withShared={false} />
              </Fact>
              {row.coResponsible.length > 0 ? <Fact label="Medansvariga">{row.coResponsible.join(', ')}</Fact> : null}
              {row.collaborators ? <Fact label="I samverkan med">{row.collaborators}</Fact> : null}
              <Fact label="Uppföljning">{row.measure.followUpMethod}</Fact>
            </dl>
            {actions ? actions(row) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
