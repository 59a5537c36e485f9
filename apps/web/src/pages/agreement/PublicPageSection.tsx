import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import { useCommand } from '../../api/queries';
import { Button, formatDateTime, ProblemMessage, QueryState, TextArea, useAnnounce } from '../../ui';
import './public-page-section.css';

interface Props {
  readonly agreementId: string;
  /** Coordinators publish and take down; everyone with a role sees whether the page is up. */
  readonly mayPublish: boolean;
}

const usePublicPage = (agreementId: string) =>
  useQuery({
    queryKey: ['public-page', agreementId],
    queryFn: async ({ signal }) => (await api.read('/agreements/{agreementId}/public-page', { agreementId }, { signal, readModel: true })).data,
  });

/** Taking the page down asks why: the auditors read it; residents never see it. */
const WithdrawForm = ({ agreementId, revision }: { agreementId: string; revision: number }) => {
  const command = useCommand();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    command.mutate(
      {
        method: 'POST',
        path: `/agreements/${encodeURIComponent(agreementId)}/public-page/withdrawal`,
        body: { reason: reason.trim() },
        ifMatch: `"${revision}"`,
      },
      { onSuccess: () => announce('Den offentliga sidan är borttagen.') },
    );
  };
  if (!open)
    return (
      <Button variant="danger-outline" onClick={() => setOpen(true)}>
        Ta bort den offentliga sidan
      </Button>
    );
  return (
    <form onSubmit={submit} noValidate className="form">
      <ProblemMessage error={command.error} title="Sidan kunde inte tas bort" />
      <TextArea
        label="Varför tas sidan bort?"
        hint="Skälet sparas för revisionen och visas inte för invånarna. Skriv inte personnummer eller uppgifter om enskilda personer."
        required
        value={reason}
        error={missing ? 'Skriv varför sidan tas bort.' : null}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="actions">
        <Button type="submit" variant="danger" busy={command.isPending}>
          Ta bort sidan
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Avbryt
        </Button>
      </div>
    </form>
  );
};

const PublishButton = ({ agreementId, revision }: { agreementId: string; revision: number }) => {
  const command = useCommand();
  const announce = useAnnounce();
  return (
    <>
      <ProblemMessage error={command.error} title="Sidan kunde inte publiceras" />
      <Button
        busy={command.isPending}
        onClick={() =>
          command.mutate(
            { method: 'POST', path: `/agreements/${encodeURIComponent(agreementId)}/public-page`, ifMatch: `"${revision}"` },
            { onSuccess: () => announce('Den offentliga sidan är publicerad.') },
          )
        }
      >
        Publicera sidan för invånarna
      </Button>
    </>
  );
};

/**
 * Överenskommelsens offentliga sida: whether residents can read it, a link to it, and for
 * coordinators the choice to publish it (opt-in) or take it down.
 */
export const PublicPageSection = ({ agreementId, mayPublish }: Props) => {
  const status = usePublicPage(agreementId);
  return (
    <section aria-labelledby="offentlig-sida" className="agreement-section">
      <h2 id="offentlig-sida">Offentlig sida för invånarna</h2>
      <p>
        Den offentliga sidan visar det parterna har beslutat: överenskommelsen, de bilagor som gäller och fokusområdena med åtgärder och uppföljning.
        Förslag, interna kommentarer och namn på tjänstepersoner visas inte. Vem som helst kan läsa den utan att logga in.
      </p>
      <QueryState query={status} loading="Hämtar den offentliga sidans läge…">
        {(page) =>
          page.published ? (
            <>
              <p>
                Sidan är publicerad{page.changedAt ? ` sedan ${formatDateTime(page.changedAt)}` : ''}: <a href={page.path}>öppna den offentliga sidan</a>.
              </p>
              <p>
                Adress att dela med invånarna: <code className="public-page-address">{`${window.location.origin}${page.path}`}</code>
              </p>
              {mayPublish ? <WithdrawForm agreementId={agreementId} revision={page.revision} /> : null}
            </>
          ) : (
            <>
              <p>Överenskommelsen har ingen publicerad sida. Den publiceras först när en samordnare väljer det.</p>
              {mayPublish ? <PublishButton agreementId={agreementId} revision={page.revision} /> : null}
            </>
          )
        }
      </QueryState>
    </section>
  );
};
