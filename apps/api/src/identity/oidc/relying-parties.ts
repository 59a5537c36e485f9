import { notFound } from '../../common/problem.js';
import { SignInProviders, type SignInProviderOption } from '../external-sign-in.js';
import type { OidcProviderSettings } from './oidc.settings.js';
import { OidcRelyingParty } from './relying-party.js';

/** The configured providers, by id; also the sign-in page's buttons. */
export class OidcRelyingParties extends SignInProviders {
  private readonly byId: ReadonlyMap<string, OidcRelyingParty>;

  constructor(providers: readonly OidcProviderSettings[]) {
    super();
    this.byId = new Map(providers.map((p) => [p.id, new OidcRelyingParty(p)]));
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
