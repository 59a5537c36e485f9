import { notFound } from '../../common/problem.js';
import { SignInProviders, type SignInProviderOption } from '../external-sign-in.js';
import { loadClientKey } from './client-key.js';
import { oidcVariable, type OidcProviderSettings } from './oidc.settings.js';
import { OidcRelyingParty } from './relying-party.js';

/** The configured providers, by id; also the sign-in page's buttons. */
export class OidcRelyingParties extends SignInProviders {
  private readonly byId: ReadonlyMap<string, OidcRelyingParty>;

  private constructor(parties: readonly OidcRelyingParty[]) {
    super();
    this.byId = new Map(parties.map((p) => [p.settings.id, p]));
  }

  /** Reads each `private_key_jwt` key now, so a wrong key file stops the start. */
  static async create(providers: readonly OidcProviderSettings[]): Promise<OidcRelyingParties> {
    const parties = providers.map(async (p) =>
      p.privateKeyFile === undefined
        ? new OidcRelyingParty(p)
        : new OidcRelyingParty(p, await loadClientKey(p.privateKeyFile, oidcVariable(p.id, 'PRIVATE_KEY_FILE'))),
    );
    return new OidcRelyingParties(await Promise.all(parties));
  }

  get(id: string): OidcRelyingParty {
    const party = this.byId.get(id);
    if (!party) throw notFound(`Identity provider ${id}`);
    return party;
  }

  list(): readonly SignInProviderOption[] {
    return [...this.byId.values()].map(({ settings }) => ({ id: settings.id, name: settings.name, startUrl: `/api/auth/oidc/${settings.id}/start` }));
  }
}
