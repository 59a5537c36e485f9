import { describe, expect, it } from '@jest/globals';
import { HEADLINE_MAX, timelineText } from './timeline-headline';

const LONG = 'Lägesbilden är inte klar. '.repeat(40).trim();

describe('timeline text', () => {
  it('given a rejection whose sentence ends with its reason, heads with the decision and moves the reason to the body', () => {
    const summary = `Avslog förslaget att prioritera fokusområdet för Lokalpolisområde Kävlinge: ${LONG}`;
    expect(timelineText(summary, LONG)).toEqual({
      headline: 'Avslog förslaget att prioritera fokusområdet för Lokalpolisområde Kävlinge',
      detail: LONG,
    });
  });

  it('given grounds the sentence does not quote, keeps the sentence and shows the grounds in the body', () => {
    expect(timelineText('Föreslog att fokusområdet prioriteras och går till kartläggning', 'Inbrotten ökar.')).toEqual({
      headline: 'Föreslog att fokusområdet prioriteras och går till kartläggning',
      detail: 'Inbrotten ökar.',
    });
  });

  it('given grounds quoted inside the sentence, shows them once', () => {
    expect(timelineText('Angav skälet: kort. Mer text.', 'kort')).toEqual({ headline: 'Angav skälet: kort. Mer text.', detail: null });
  });

  it('given a long sentence without grounds, splits it at its first colon', () => {
    const { headline, detail } = timelineText(`Drog slutsatsen av utvärderingen: ${LONG}`, null);
    expect(headline).toBe('Drog slutsatsen av utvärderingen');
    expect(detail).toBe(LONG);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
  });

  it('given a short sentence, keeps it whole as the heading', () => {
    expect(timelineText('Registrerade barnkonsekvensanalysen: Barnets bästa gynnas.', null)).toEqual({
      headline: 'Registrerade barnkonsekvensanalysen: Barnets bästa gynnas.',
      detail: null,
    });
  });
});
