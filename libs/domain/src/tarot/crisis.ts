/**
 * Crisis language in a question (self-harm, suicide), in English and Russian. A match means: answer
 * with support and helplines, draw nothing, charge nothing. Deliberately broad: a false positive
 * costs a gentle message, a miss costs much more.
 */
const PATTERNS: RegExp[] = [
  // English
  /\bsuicid(e|al)\b/i,
  /\bkill(ing)?\s+my\s*self\b/i,
  /\bend(ing)?\s+(my|it\s+all|my\s+own)\s+life\b/i,
  /\bend\s+it\s+all\b/i,
  /\b(take|taking)\s+my\s+(own\s+)?life\b/i,
  /\bself[\s-]?harm(ing)?\b/i,
  /\b(hurt(ing)?|harm(ing)?|cut(ting)?)\s+my\s*self\b/i,
  /\b(don'?t|do\s+not)\s+want\s+to\s+(live|be\s+alive|exist)\b/i,
  /\bno\s+reason\s+to\s+live\b/i,
  /\bbetter\s+off\s+dead\b/i,
  /\bwant\s+to\s+die\b/i,
  // Russian
  /суицид/i,
  /самоубийств/i,
  /поконч(ить|у)\s+с\s+собой/i,
  /(убить|убью)\s+себя/i,
  /поконч(ить|у)\s+с\s+жизнью/i,
  /поконч(ить|у)\s+со\s+всем/i,
  /(не\s+хочу|не\s+хочется)\s+(больше\s+)?жить/i,
  /незачем\s+жить/i,
  /хочу\s+умереть/i,
  /самоповрежд/i,
  /(порезать|режу|резать)\s+себя/i,
  /причин(ить|яю)\s+себе\s+(вред|боль)/i,
  /свести\s+счёты\s+с\s+жизнью|свести\s+счеты\s+с\s+жизнью/i,
];

export function isCrisisText(text: string): boolean {
  const normalized = text.normalize('NFKC').replace(/\s+/g, ' ');
  return PATTERNS.some((pattern) => pattern.test(normalized));
}
