import { describe, expect, it } from '@jest/globals';
import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../app.module.js';
import { configureApp } from '../../configure-app.js';
import { SignInProviders, type SignInProviderOption } from '../external-sign-in.js';

const ENTRA: SignInProviderOption = { id: 'entra', name: 'Logga in med Lomma kommuns konto', startUrl: '/api/auth/oidc/entra/start' };

/** How the OpenID module is expected to offer its providers: a global provider of SignInProviders. */
@Global()
@Module({ providers: [{ provide: SignInProviders, useValue: { list: () => [ENTRA] } satisfies SignInProviders }], exports: [SignInProviders] })
class ConfiguredProviders {}

describe('the sign-in options (GET /api/auth/options)', () => {
  it('lists the configured identity providers, and no demo password outside demo mode', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-options-'));
    let app: INestApplication | undefined;
    try {
      const moduleRef = await Test.createTestingModule({
        imports: [AppModule.forRoot({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), ConfiguredProviders],
      }).compile();
      app = configureApp(moduleRef.createNestApplication({ logger: ['error'] }), { webDir: null });
      await app.listen(0, '127.0.0.1');
      const res = await fetch(`${await app.getUrl()}/api/auth/options`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ localAccounts: true, demo: null, providers: [ENTRA] });
    } finally {
      await app?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
