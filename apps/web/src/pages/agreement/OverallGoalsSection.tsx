import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useCommand } from '../../api/queries';
import type { AgreementDetail } from '../../api/schema';
import { Button, ProblemMessage, TextArea, useAnnounce } from '../../ui';

/**
 * Övergripande mål: the agreement's overall goals, each with the focus areas' goals that
 * contribute to it (from the agreement and the board read models). Coordinators add and remove them;
 * a focus area's goal names its overall goal in the goal's form.
 */
export const OverallGoalsSection = ({ detail, mayEdit }: { detail: AgreementDetail; mayEdit: boolean }) => {
  const { agreement, revision, overallGoals } = detail;
  const command = useCommand();
  const announce = useAnnounce();
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const path = `/agreements/${encodeURIComponent(agreement.agreementId)}/overall-goals`;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (description.trim() === '') return setMissing(true);
    command.mutate(
      { method: 'POST', path, body: { description: description.trim() }, ifMatch: `"${revision}"` },
      {
        onSuccess: () => {
          setDescription('');
          announce('Det övergripande målet är tillagt.');
        },
      },
    );
  };
  const remove = (overallGoalId: string) =>
    command.mutate(
      { method: 'DELETE', path: `${path}/${encodeURIComponent(overallGoalId)}`, ifMatch: `"${revision}"` },
      { onSuccess: () => announce('Det övergripande målet är borttaget.') },
    );

  return (
    <section aria-labelledby="overgripande-mal" className="agreement-section">
      <h2 id="overgripande-mal">Övergripande mål</h2>
      {overallGoals.length === 0 ? (
        <p>Inga övergripande mål är angivna. Fokusområdenas mål kan bidra till gemensamma övergripande mål.</p>
      ) : (
        <ul className="overall-goals">
          {overallGoals.map((goal) => (
            <li key={goal.overallGoalId}>
              <p>
                <strong>{goal.description}</strong>
              </p>
              {goal.contributions.length === 0 ? (
                <p>Inget fokusområdes mål bidrar ännu.</p>
              ) : (
                <ul aria-label={`Mål som bidrar till ${goal.description}`}>
                  {goal.contributions.map((c) => (
                    <li key={`${c.focusAreaId}-${c.goalId}`}>
                      <Link to={`/fokusomraden/${encodeURIComponent(c.focusAreaId)}`}>{c.focusAreaTitle}</Link>: {c.goalDescription}
                    </li>
                  ))}
                </ul>
              )}
              {mayEdit ? (
                <Button
                  variant="link"
                  busy={command.isPending}
                  onClick={() => remove(goal.overallGoalId)}
                  aria-label={`Ta bort det övergripande målet ${goal.description}`}
                >
                  Ta bort
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {mayEdit ? (
        <form onSubmit={add} noValidate className="form" aria-label="Lägg till ett övergripande mål">
          <ProblemMessage error={command.error} title="Det övergripande målet kunde inte sparas" />
          <TextArea
            label="Övergripande mål"
            hint="Ett mål som flera fokusområden kan bidra till, till exempel ökad trygghet i kommunens centrala delar."
            required
            rows={2}
            maxLength={1000}
            value={description}
            error={missing ? 'Skriv det övergripande målet.' : null}
            onChange={(e) => {
              setDescription(e.target.value);
              setMissing(false);
            }}
          />
          <Button type="submit" busy={command.isPending}>
            Lägg till målet
          </Button>
        </form>
      ) : null}
    </section>
  );
};
