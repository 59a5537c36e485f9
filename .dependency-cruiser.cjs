/**
 * The architecture's boundaries, checked on every `npm test` (STYLE.md: pure domain in libs).
 * A forbidden import fails the build with the rule's name.
 */
const DOMAIN_LIBS = '^libs/(cycle|agreements|meetings|annexes|notifications|shared-kernel|read-models/src/(?!adapters/))';

module.exports = {
  forbidden: [
    {
      name: 'no-framework-in-domain',
      comment: 'Domain libs are pure: no NestJS, no event store client, no SQLite, no HTTP framework, no mail transport.',
      severity: 'error',
      from: { path: DOMAIN_LIBS },
      to: { path: 'node_modules/(@nestjs|@eventstore|@kurrent|better-sqlite3|express|class-validator|class-transformer|nodemailer)/' },
    },
    {
      name: 'no-node-io-in-domain',
      comment: 'Domain libs read no clock, files, network or randomness: those come in with the command.',
      severity: 'error',
      from: { path: DOMAIN_LIBS, pathNot: '\\.(spec|int-spec)\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|net|http|https|child_process|crypto|os|worker_threads)$' },
    },
    {
      name: 'no-domain-to-infra-deps',
      comment: 'Domain libs never reach into the store, its adapters or the API app.',
      severity: 'error',
      from: { path: DOMAIN_LIBS },
      to: { path: '^(libs/event-store/src/(adapters|testing)|apps)/' },
    },
    {
      name: 'event-store-port-is-pure',
      comment: 'The event-store port knows no adapter; adapters plug in behind it.',
      severity: 'error',
      from: { path: '^libs/event-store/src', pathNot: '^libs/event-store/src/(adapters|testing)/' },
      to: { path: '^libs/event-store/src/adapters/|better-sqlite3|@eventstore|@kurrent' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(libs|apps)/', pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
