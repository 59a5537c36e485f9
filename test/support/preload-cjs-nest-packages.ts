/**
 * @nestjs/throttler is CommonJS and requires the ESM @nestjs/common and @nestjs/core. Node allows that once
 * they are evaluated; jest links a test's whole import graph before evaluating any of it,
 * and refuses a require of a module still linking. Evaluating @nestjs/common and @nestjs/core first, here, avoids it.
 */
await import('@nestjs/common');
await import('@nestjs/core');
