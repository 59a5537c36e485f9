import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import { queryKeys } from '../../api/queries';
import { Button, FormField, formatDate, QueryState } from '../../ui';

/** The terms in force on a day the user chooses: which parties were bound, and by which version. */
export const TermsOnDate = ({ agreementId }: { agreementId: string }) => {
  const [value, setValue] = useState('');
  const [on, setOn] = useState<string | null>(null);
  const headingId = useId();
  const terms = useQuery({
    queryKey: [...queryKeys.agreement(agreementId), 'on', on],
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}', { agreementId }, { signal, readModel: true, query: { on: on ?? undefined } })).data,
    enabled: on !== null,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value) setOn(value);
  };
  return (
    <section aria-labelledby={headingId} className="agreement-section">
      <h2 id={headingId}>Villkor på ett visst datum</h2>
      <form onSubmit={submit} className="agreement-inline-form">
        <FormField label="Datum" hint="Vilka villkor och parter som gällde den dagen.">
          {(control) => <input {...control} type="date" className="input" value={value} onChange={(e) => setValue(e.target.value)} />}
        </FormField>
        <Button type="submit" variant="secondary">
          Visa villkoren
        </Button>
      </form>
      {on !== null ? (
        <QueryState query={terms} loading="Hämtar villkoren…" errorTitle="Villkoren kunde inte hämtas">
          {(detail) => (
            <div aria-live="polite">
              <p>
                Den {formatDate(detail.termsInForce.on)} gällde{' '}
                {detail.termsInForce.amendmentId
                  ? `villkoren enligt ändringen ${detail.termsInForce.amendmentId}`
                  : 'överenskommelsen som den undertecknades'}
                , från {formatDate(detail.termsInForce.effectiveFrom)}. Parter:
              </p>
              <ul>
                {detail.termsInForce.terms.parties.map((p) => (
                  <li key={p.partyId}>{p.name}</li>
                ))}
              </ul>
            </div>
          )}
        </QueryState>
      ) : null}
    </section>
  );
};
