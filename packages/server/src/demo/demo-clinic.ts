import type { PatientDetails, Role } from '@chairside/domain';

/** Every demo account signs in with this password (documented in the README). */
export const demoPassword = 'chairside-demo';

export const demoStaff: readonly { username: string; displayName: string; role: Role; medicalDirector?: boolean }[] = [
  { username: 'demo.admin', displayName: 'Avery Demo-Admin', role: 'admin' },
  {
    username: 'dr.okafor',
    displayName: 'Dr. Ngozi Okafor (Medical Director)',
    role: 'physician',
    medicalDirector: true,
  },
  { username: 'dr.lindqvist', displayName: 'Dr. Erik Lindqvist', role: 'physician' },
  { username: 'nurse.patel', displayName: 'Priya Patel, RN', role: 'nurse' },
  { username: 'nurse.garcia', displayName: 'Mateo Garcia, RN', role: 'nurse' },
  { username: 'desk.kim', displayName: 'Jordan Kim (Front desk)', role: 'front_desk' },
];

const therapist = {
  role: 'therapist',
  name: 'Dana Whitfield, LCSW',
  organisation: 'Riverbend Counseling (demo)',
  phone: '555-0140',
  email: 'dana.whitfield@example.org',
} as const;
const referrer = {
  role: 'referring_clinician',
  name: 'Dr. Samuel Osei',
  organisation: 'Lakeside Psychiatry (demo)',
  phone: '555-0111',
  fax: '555-0112',
} as const;
const primary = {
  role: 'primary_care',
  name: 'Dr. Helen Brooks',
  organisation: 'Maple Street Family Medicine (demo)',
  phone: '555-0123',
  fax: '555-0124',
} as const;

type Seed = [
  given: string,
  family: string,
  dob: string,
  sex: PatientDetails['sexAtBirth'],
  preferred?: string,
  gender?: string,
];

// Synthetic people: names and numbers are invented; phone numbers use the 555-01xx fiction range.
const seeds: readonly Seed[] = [
  ['Margaret', 'Ellison', '1968-04-12', 'female'],
  ['Jonathan', 'Reyes', '1985-09-30', 'male', 'Jon'],
  ['Aisha', 'Rahman', '1992-01-17', 'female'],
  ['Robert', 'Nakamura', '1959-11-03', 'male', 'Bob'],
  ['Lucía', 'Fernández', '1979-06-22', 'female'],
  ['Samuel', 'Whitaker', '2001-02-08', 'male', 'Sam'],
  ['Grace', 'O’Connell', '1973-08-19', 'female'],
  ['Tomasz', 'Kowalski', '1988-12-01', 'male'],
  ['Alexis', 'Morgan', '1995-03-27', 'female', 'Lex', 'non-binary'],
  ['Daniel', 'Smith', '1964-07-14', 'male', 'Dan'],
  ['Danielle', 'Smithson', '1990-10-05', 'female'],
  ['Hiroshi', 'Tanaka', '1955-05-09', 'male'],
  ['Fatima', 'Haddad', '1983-04-02', 'female'],
  ['Marcus', 'Johnson', '1977-01-23', 'male'],
  ['Evelyn', 'Price', '1948-09-11', 'female'],
  ['Noah', 'Bergstrom', '1999-12-30', 'male'],
  ['Priyanka', 'Iyer', '1986-08-08', 'female'],
  ['Kwame', 'Mensah', '1971-03-15', 'male'],
  ['Sofia', 'Rossi', '1993-06-06', 'female'],
  ['Benjamin', 'Clarke', '1981-02-28', 'male', 'Ben'],
];

export const demoPatients: readonly PatientDetails[] = seeds.map(([given, family, dob, sex, preferred, gender], i) => ({
  legalGivenName: given,
  legalFamilyName: family,
  ...(preferred ? { preferredName: preferred } : {}),
  dateOfBirth: dob,
  sexAtBirth: sex,
  ...(gender ? { genderIdentity: gender } : {}),
  phone: `555-01${String(50 + i).padStart(2, '0')}`,
  email: `${given
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}.${family.toLowerCase().replace(/[^a-z]/g, '')}@example.com`,
  addressLine: `${100 + i * 7} Demo Street`,
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
  emergencyContact: {
    name: `Contact of ${given}`,
    relationship: i % 2 === 0 ? 'spouse' : 'sibling',
    phone: `555-01${String(i + 10).padStart(2, '0')}`,
  },
  careTeam: i % 3 === 0 ? [referrer, therapist, primary] : i % 3 === 1 ? [referrer, primary] : [therapist],
}));
