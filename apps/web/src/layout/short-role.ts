/**
 * The header's short form of an account's name: "Ställföreträdande lokalpolisområdeschef,
 * Lokalpolisområde Kävlinge (överenskommelsen med Lomma kommun)" is a function, a party and a
 * note; the function alone keeps the header on one row. The full name is the link's title and
 * what a screen reader hears, and "Mitt konto" shows it all.
 */
export const shortRole = (displayName: string): string => displayName.split(/,|\s\(/)[0]?.trim() || displayName;
