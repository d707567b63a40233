// Which column names look like personal data. Names are split into whole tokens
// (`customer_email` → customer·email, `emailAddress` → email·address, `DOB` → dob) and matched
// term by term, never as substrings: `state`, `pass`, `statement` or `compass` are not PII, and
// `address_id` is a key, not an address.
//
// Two tiers, after the anchors' own caveats (piicatcher flags `state`/`name`/`pass`; DataHub
// weighs a name match at most 0.65): tier 1 are names precise enough to gate a build (an email,
// a phone number, a card number…); tier 2 are personal more often than not but also name plenty
// of non-personal data (an address can be a warehouse's, an IP a server's), so they only warn.
//
// Deliberately NOT matched: bare `name` (product_name, table_name), `username`/`login`/`user_id`
// and other keys (pseudonymous identifiers: flagging them would flag every model that joins on
// a user), `state`/`city`/`country` (coarse location), and derived attributes whose last token
// says the column is not the value itself (`email_domain`, `phone_type`, `email_verified`,
// `email_hash`, `is_email_valid`, `has_phone`).

export type PiiTier = 1 | 2;

export interface PiiMatch {
  tier: PiiTier;
  /** The term that matched, in words (`email`, `date of birth`). */
  term: string;
}

/** Tier 1: precise personal (or secret) data. Multi-token terms match consecutive tokens. */
const TIER_1: readonly string[] = [
  'email',
  'e mail',
  'emailaddress',
  'phone',
  'phonenumber',
  'telephone',
  'mobile number',
  'mobilephone',
  'mobile phone',
  'cell phone',
  'msisdn',
  'ssn',
  'social security',
  'socialsecuritynumber',
  'national id',
  'national insurance number',
  'nino',
  'card number',
  'cardnumber',
  'credit card',
  'creditcard',
  'cc number',
  'pan number',
  'cvv',
  'cvc',
  'iban',
  'bank account number',
  'passport',
  'passport number',
  'driver license',
  'drivers license',
  'driving licence',
  'driving license',
  'date of birth',
  'dob',
  'birth date',
  'birthdate',
  'birthday',
  'password',
  'passwd',
  'password hash',
  'medical record number',
];

/** Tier 2: often personal, often not. */
const TIER_2: readonly string[] = [
  'first name',
  'firstname',
  'last name',
  'lastname',
  'full name',
  'fullname',
  'surname',
  'given name',
  'family name',
  'middle name',
  'maiden name',
  'address',
  'street',
  'street address',
  'postal code',
  'postcode',
  'zip',
  'zip code',
  'zipcode',
  'ip',
  'ip address',
  'ipaddress',
  'ipv4',
  'ipv6',
  'mac address',
  'device id',
  'gender',
  'sex',
  'ethnicity',
  'religion',
  'nationality',
  'marital status',
  'salary',
  'tax id',
  'taxpayer id',
  'account number',
  'geolocation',
];

// A last token that makes the column a property of the value, not the value.
const DERIVED_SUFFIXES = new Set([
  'id',
  'ids',
  'key',
  'sk',
  'pk',
  'fk',
  'hash',
  'hashed',
  'sha',
  'sha1',
  'sha2',
  'sha256',
  'md5',
  'masked',
  'count',
  'cnt',
  'type',
  'types',
  'flag',
  'status',
  'valid',
  'verified',
  'domain',
  'provider',
  'length',
  'len',
  'format',
  'enabled',
  'consent',
  'opt',
  'optin',
  'optout',
  'source',
  'updated',
  'changed',
  'at',
  'ts',
  'category',
  'country',
  'prefix',
  'region',
  'bucket',
]);
// A first token that makes the column a boolean or a count about the value.
const DERIVED_PREFIXES = new Set(['is', 'has', 'num', 'n', 'count', 'total', 'no']);

const terms = (list: readonly string[], tier: PiiTier): { words: string[]; tier: PiiTier; term: string }[] =>
  list.map((term) => ({ words: term.split(' '), tier, term }));
// Longer terms first, so `password hash` is seen before `password` (and then `hash` as suffix decides).
const TERMS = [...terms(TIER_1, 1), ...terms(TIER_2, 2)].sort((a, b) => b.words.length - a.words.length);

/** Splits an identifier into lower-case word tokens: snake_case, kebab-case, camelCase, digits. */
export function nameTokens(name: string): readonly string[] {
  let tokens = tokensOfName.get(name);
  if (!tokens) {
    if (tokensOfName.size >= TOKEN_CACHE_LIMIT) tokensOfName.clear();
    tokens = Object.freeze(splitName(name));
    tokensOfName.set(name, tokens);
  }
  return tokens;
}

// Column and key names repeat across a project's files (`id`, `created_at`, `customer_email`),
// and the PII, masking and secret checks each split every name they see: splitting each distinct
// name once took the splitting off the profile. Cleared when full rather than kept in LRU order:
// a miss only costs one split.
const TOKEN_CACHE_LIMIT = 8192;
const tokensOfName = new Map<string, readonly string[]>();

function splitName(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .flatMap((part) => part.split(/(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/))
    .map((token) => token.toLowerCase())
    .filter((token) => token !== '');
}

function containsRun(tokens: readonly string[], words: readonly string[]): boolean {
  for (let start = 0; start + words.length <= tokens.length; start++) {
    if (words.every((word, i) => tokens[start + i] === word)) return true;
  }
  return false;
}

/** The PII tier a column name falls in, if any; tier 1 wins over tier 2. */
export function piiMatch(name: string): PiiMatch | undefined {
  let tokens = nameTokens(name);
  // Version suffixes (`email_2`, `phone1`) do not change what a column holds.
  while (tokens.length > 1 && /^[0-9]+$/.test(tokens[tokens.length - 1] as string)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return undefined;
  const last = tokens[tokens.length - 1] as string;
  const first = tokens[0] as string;
  if (tokens.length > 1 && (DERIVED_SUFFIXES.has(last) || DERIVED_PREFIXES.has(first))) return undefined;
  let best: PiiMatch | undefined;
  for (const candidate of TERMS) {
    if (!containsRun(tokens, candidate.words)) continue;
    if (!best || candidate.tier < best.tier) best = { tier: candidate.tier, term: candidate.term };
    if (best.tier === 1) break;
  }
  return best;
}
