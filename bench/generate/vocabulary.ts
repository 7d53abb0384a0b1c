/**
 * Words for generated benchmark articles, written for this project: invented people and organizations
 * (so the engine must find them the way it finds names it has never seen) and real countries and
 * cities (so the gazetteer path is exercised too).
 */

export const FIRST_NAMES = [
  'Amira', 'Tomas', 'Leyla', 'Rashid', 'Ingrid', 'Kofi', 'Marisol', 'Dmitri', 'Hana', 'Oskar', 'Nadia',
  'Felipe', 'Yusuf', 'Greta', 'Samir', 'Elena', 'Jonas', 'Farah', 'Viktor', 'Aiko', 'Bruno', 'Zainab',
  'Matteo', 'Selin', 'Idris', 'Clara', 'Anton', 'Lucia', 'Omar', 'Petra',
] as const;

export const SURNAMES = [
  'Haddad', 'Lindqvist', 'Okonkwo', 'Varela', 'Brandt', 'Nakamura', 'Castellano', 'Petrov', 'Mensah',
  'Albrecht', 'Qureshi', 'Moreau', 'Sandoval', 'Kovac', 'Rahimi', 'Halvorsen', 'Demir', 'Ferreira',
  'Novak', 'Achebe', 'Lindgren', 'Saberi', 'Takahashi', 'Romano', 'Jankowski', 'Osei', 'Marchetti',
  'Aziz', 'Eriksen', 'Delacroix',
] as const;

export const ROLES = [
  'foreign minister', 'defence minister', 'spokesperson', 'chief executive', 'governor', 'mayor',
  'opposition leader', 'central bank governor', 'police chief', 'senior adviser', 'prime minister',
] as const;

export const ORGANIZATIONS = [
  'Northern Grain Consortium', 'Meridian Energy Group', 'National Electoral Commission',
  'Coastal Defence Forces', 'Ministry of Water Resources', 'Harbor Workers Union',
  'United Freight Alliance', 'Bureau of Statistics', 'Civic Renewal Party', 'Eastern Rail Authority',
  'Council of Regional Governors', 'Federal Audit Office', 'Atlas Mining Company',
  'Independent Press Association', 'Ministry of Interior', 'People\'s Reform Movement',
  'Global Shipping Registry', 'Security Council', 'Red Crescent Society', 'Border Guard Service',
] as const;

export const OUTLETS = ['Reuters', 'the Associated Press', 'Agence France-Presse', 'state television', 'the Daily Ledger'] as const;

export const PLACES = [
  'Kenya', 'Nairobi', 'Turkey', 'Ankara', 'Brazil', 'Sao Paulo', 'Poland', 'Warsaw', 'Japan', 'Osaka',
  'Egypt', 'Cairo', 'Chile', 'Santiago', 'Norway', 'Bergen', 'Iraq', 'Basra', 'Vietnam', 'Hanoi',
  'Mexico', 'Monterrey', 'Pakistan', 'Karachi', 'Spain', 'Valencia', 'Ghana', 'Accra', 'India', 'Pune',
] as const;

export const ANONYMOUS_SOURCES = [
  'two officials familiar with the talks', 'a senior diplomat', 'sources close to the ministry',
  'a person briefed on the matter', 'three security officials', 'an aide who asked not to be named',
] as const;

export const CUES = ['said', 'told reporters', 'said in a statement', 'added', 'confirmed', 'told lawmakers'] as const;

export const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'late on Thursday', 'on Friday', 'over the weekend', 'last month'] as const;

/** Plain clauses with no names: the body text between the names, as in real reporting. */
export const CLAUSES = [
  'the negotiations would resume after a short pause',
  'prices had risen sharply over the past three months',
  'the agreement would be signed before the end of the year',
  'no decision had been taken about the new budget',
  'the investigation was still at an early stage',
  'talks with the unions had broken down again',
  'several hundred people had gathered outside the building',
  'the damage to the port would take weeks to repair',
  'the vote would go ahead despite the protests',
  'officials were studying the proposal carefully',
  'the shipment had been delayed by heavy storms',
  'the company planned to cut about a tenth of its workforce',
  'the report would be published next week',
  'inflation was expected to ease in the second half of the year',
] as const;

/** Sentences with no names at all, to make the density of names realistic. */
export const FILLERS = [
  'The figures could not be independently verified.',
  'Markets closed slightly lower after a volatile session.',
  'Analysts expect the dispute to drag on for months.',
  'The measure still needs the approval of parliament.',
  'Traffic was diverted for most of the afternoon.',
  'Similar plans were shelved twice in the past decade.',
  'Residents said the power had been out since the early hours.',
  'The talks are the first of their kind in almost five years.',
] as const;
