import { describe, expect, it } from '@jest/globals';
import { parseMailSettings } from './mail.settings.js';

const BASE = { MAIL_FROM: 'Samverkan <samverkan@lomma.se>', PUBLIC_URL: 'https://samverkan.lomma.se/' };

describe('mail settings', () => {
  it('are off (null) when no SMTP server is named', () => {
    expect(parseMailSettings({ MAIL_FROM: 'x@y.se' })).toBeNull();
  });

  it('take an SMTP URL, or a host with port, TLS and login, and the public URL without its trailing slash', () => {
    expect(parseMailSettings({ ...BASE, SMTP_URL: 'smtps://u:p@mail.lomma.se' })).toEqual({
      transport: 'smtps://u:p@mail.lomma.se',
      from: BASE.MAIL_FROM,
      publicUrl: 'https://samverkan.lomma.se',
      pollMs: 5000,
    });
    expect(
      parseMailSettings({ ...BASE, SMTP_HOST: 'mail.lomma.se', SMTP_PORT: '465', SMTP_SECURE: '1', SMTP_USER: 'samverkan', SMTP_PASS: 'hemligt' })
        ?.transport,
    ).toEqual({
      host: 'mail.lomma.se',
      port: 465,
      secure: true,
      auth: { user: 'samverkan', pass: 'hemligt' },
    });
  });

  it('refuse to start on a wrong setting, naming the variable and never showing the password', () => {
    expect(() => parseMailSettings({ SMTP_HOST: 'mail.lomma.se', SMTP_PASS: 'hemligt', SMTP_PORT: 'x' })).toThrow(
      /SMTP_PORT="x"[\s\S]*MAIL_FROM[\s\S]*PUBLIC_URL/,
    );
    expect(() => parseMailSettings({ ...BASE, SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL must start with smtp/);
    expect(() => parseMailSettings({ ...BASE, SMTP_URL: 'smtp://a', SMTP_HOST: 'b' })).toThrow(/give one of them, not both/);
    const wrongTls = () => parseMailSettings({ ...BASE, SMTP_HOST: 'h', SMTP_PASS: 'hemligt', SMTP_SECURE: 'kanske' });
    expect(wrongTls).toThrow('SMTP_SECURE');
    expect(wrongTls).not.toThrow(/hemligt/);
  });
});
