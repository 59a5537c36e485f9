import type { PlanChange } from '../../api/schema';
import { changeKindLabel } from './audit-labels';

interface Group {
  readonly key: string;
  readonly title: string;
  readonly changes: PlanChange[];
}

/** The agreement's own changes first, then each focus area's, in the order the API gives them. */
const grouped = (changes: readonly PlanChange[]): Group[] => {
  const groups = new Map<string, Group>();
  for (const change of changes) {
    const key = change.focusAreaId ?? '';
    const title = change.focusAreaTitle ?? 'Överenskommelsen';
    if (!groups.has(key)) groups.set(key, { key, title, changes: [] });
    groups.get(key)!.changes.push(change);
  }
  return [...groups.values()];
};

/** What changed between two plans, by focus area, each change tagged with its kind in Swedish. */
export const ChangesList = ({ changes, Heading = 'h4' }: { changes: readonly PlanChange[]; Heading?: 'h4' | 'h5' }) => (
  <>
    {grouped(changes).map((group) => (
      <div key={group.key} className="changes__group">
        <Heading>{group.title}</Heading>
        <ul className="changes__list">
          {group.changes.map((change, i) => (
            <li key={`${change.kind}-${change.subjectId ?? ''}-${i}`}>
              <span className="tag">
                {changeKindLabel(change.kind)}
                <span className="visually-hidden">: </span>
              </span>
              <span>
                {change.description}
                {change.cycle && change.cycle > 1 ? <span className="muted"> (cykel {change.cycle})</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </div>
    ))}
  </>
);
