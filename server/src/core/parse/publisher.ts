// Text a publisher writes around a call, not what anyone said on it: a site's summary and takeaways,
// its glossary, a copyright notice. The reader marks it as not speech.

/** Headings of a publisher's own sections: "Key Takeaways", "Summary", "Industry Glossary", "Risks". */
const PUBLISHER_HEADING =
  /^(?:key\s+)?(?:takeaways|highlights|summary|industry glossary|glossary|risks|stocks mentioned|about the author|related articles)\s*:?$/i;

export function isPublisherHeading(text: string): boolean {
  return text.length <= 40 && PUBLISHER_HEADING.test(text.trim());
}

/** "Copyright © 2031 Acme Media", "© 2031 ...", "(c) 2031 ...", "... All rights reserved." */
export function isCopyright(text: string): boolean {
  return /^(?:copyright\b|©|\(c\)\s*\d{4})/i.test(text.trim()) || /\ball rights reserved\b/i.test(text);
}
