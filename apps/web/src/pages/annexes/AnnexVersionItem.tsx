import type { Party } from '../../api/schema';
import { formatDate, partyName } from '../../ui';
import { annexFileUrl, type AnnexVersion } from './annex-api';
import { formatBytes, VERSION_STATUS_SV } from './annex-labels';

/** A bound party's missing signature: awaited while the version can still come into force. */
const unsigned = (status: AnnexVersion['status']): string => (status === 'awaitingSignatures' ? 'väntar på underskrift' : 'inte undertecknad');

/** One version: where it stands, its text and files, the decision, and each bound party's signature or its absence. */
export const AnnexVersionItem = ({ agreementId, version, parties }: { agreementId: string; version: AnnexVersion; parties: readonly Party[] }) => (
  <article className={`annex-version annex-version--${version.status}`} aria-label={`Version ${version.version}`}>
    <h4>
      Version {version.version}: <span className="annex-version__status">{VERSION_STATUS_SV[version.status]}</span>
    </h4>
    <p className="annex-version__text">{version.text}</p>
    {version.files.length > 0 ? (
      <ul className="annex-files" aria-label={`Filer i version ${version.version}`}>
        {version.files.map((f) => (
          <li key={f.sha256}>
            <a href={annexFileUrl(agreementId, f.sha256)} download={f.fileName}>
              {f.fileName}
            </a>{' '}
            ({formatBytes(f.bytes)})
          </li>
        ))}
      </ul>
    ) : null}
    <dl className="annex-version__facts">
      <dt>Beslut</dt>
      <dd>
        {version.decision
          ? `Beslutad ${formatDate(version.decision.decidedOn)}${version.decision.protocol ? `, § ${version.decision.protocol.paragraph}` : ''}`
          : 'Inte beslutad'}
      </dd>
      <dt>Underskrifter</dt>
      <dd>
        {version.decision ? (
          <ul className="annex-signatures">
            {version.bindingPartyIds.map((partyId) => {
              const signature = version.signatures.find((s) => s.partyId === partyId);
              return (
                <li key={partyId}>
                  {partyName(parties, partyId)}: {signature ? `undertecknad ${formatDate(signature.signedOn)}` : unsigned(version.status)}
                </li>
              );
            })}
          </ul>
        ) : (
          `Undertecknas av ${version.bindingPartyIds.map((id) => partyName(parties, id)).join(' och ')} när rådet har beslutat den.`
        )}
      </dd>
      {version.validFrom ? (
        <>
          <dt>Giltig från</dt>
          <dd>{formatDate(version.validFrom)}</dd>
        </>
      ) : null}
    </dl>
  </article>
);
