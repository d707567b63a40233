import { describe, expect, it } from 'vitest';
import { nameTokens, piiMatch } from '../../../src/analyzers/governance/pii-names.js';

describe('nameTokens', () => {
  it('splits snake_case, camelCase, PascalCase, acronyms, kebab-case and digits', () => {
    expect(nameTokens('customer_email')).toEqual(['customer', 'email']);
    expect(nameTokens('emailAddress')).toEqual(['email', 'address']);
    expect(nameTokens('CustomerSSN')).toEqual(['customer', 'ssn']);
    expect(nameTokens('SSNLast4')).toEqual(['ssn', 'last', '4']);
    expect(nameTokens('phone-number')).toEqual(['phone', 'number']);
    expect(nameTokens('"DATE_OF_BIRTH"')).toEqual(['date', 'of', 'birth']);
  });
});

describe('piiMatch', () => {
  it.each([
    ['email', 1],
    ['customer_email', 1],
    ['emailAddress', 1],
    ['e_mail', 1],
    ['phone_number', 1],
    ['mobilePhone', 1],
    ['ssn', 1],
    ['credit_card_number', 1],
    ['iban', 1],
    ['passport_no', 1],
    ['date_of_birth', 1],
    ['DOB', 1],
    ['birthdate', 1],
    ['password', 1],
    ['email_2', 1],
    ['first_name', 2],
    ['billing_address', 2],
    ['ip_address', 2],
    ['client_ip', 2],
    ['zip_code', 2],
  ] as const)('%s is tier %i', (name, tier) => {
    expect(piiMatch(name)?.tier).toBe(tier);
  });

  it.each(['state', 'pass', 'pass_rate', 'compass', 'statement', 'name', 'product_name', 'username', 'user_id', 'address_id', 'email_domain', 'email_verified', 'is_email_valid', 'has_phone', 'phone_type', 'email_hash', 'emails_sent_count', 'zipper', 'description', 'ipo_date', 'shipping_country'])(
    '%s is not PII',
    (name) => {
      expect(piiMatch(name)).toBeUndefined();
    },
  );

  it('prefers tier 1 when a name holds both (email_address: email, not address)', () => {
    expect(piiMatch('email_address')).toEqual({ tier: 1, term: 'email' });
    expect(piiMatch('home_address_phone')?.tier).toBe(1);
  });
});
