import { describe, expect, it } from 'vitest';
import { isShortFormOf, nameKey, surnameOf } from './speaker-names';

describe('speaker names', () => {
  it('drops titles and case so the same name matches', () => {
    expect(nameKey('Treasury Secretary Jane Ortega')).toBe('jane ortega');
    expect(nameKey('jane  ORTEGA')).toBe('jane ortega');
    expect(surnameOf('Dr. Amir Haddad')).toBe('haddad');
  });

  it('links a surname or title + surname to the full name, but not a different person', () => {
    expect(isShortFormOf('Ortega', 'Jane Ortega')).toBe(true);
    expect(isShortFormOf('Secretary Ortega', 'Jane Ortega')).toBe(true);
    expect(isShortFormOf('Ortega', 'Ortega Lindqvist')).toBe(false);
    expect(isShortFormOf('Jane Ortega', 'Jane Ortega')).toBe(false);
  });

  it('keeps groups as they are', () => {
    expect(nameKey('analysts')).toBe('analysts');
  });
});
