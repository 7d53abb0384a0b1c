/**
 * Word lists for typing a name nobody knows by the words around it ("the village of X", "think
 * tank X", "X, a Dogon militia,", "an analyst at X"). Kept apart from vocab.ts so the context rules
 * can grow without touching the head-word lists.
 */

/** "<noun> of X" makes X a place: "the village of Kourani", "mayor of Encarnacion". */
export const PLACE_OF_NOUNS = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'cities', 'district', 'districts', 'province', 'provinces',
  'region', 'regions', 'department', 'departments', 'commune', 'communes', 'municipality', 'county', 'state',
  'capital', 'island', 'islands', 'port', 'neighborhood', 'neighbourhood', 'suburb', 'suburbs', 'outskirts',
  'residents', 'square', 'mayor', 'governor', 'prefect', 'sub-prefect', 'subprefect', 'wali', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'direction', 'streets', 'heart', 'center', 'centre', 'people', 'citizens', 'hamlet', 'settlement',
  'township', 'parish', 'borough', 'prefecture', 'governorate', 'area', 'areas', 'sub-district', 'community', 'communities',
  // "the Nasa reservation of Toribio", "the reserve of X": land held by a people is a place.
  'reservation', 'reserve', 'territory', 'territories',
]);

/** A lower-case noun right before a name that makes it an organization: "think tank Bruegel". */
export const ORG_NOUNS_BEFORE = new Set([
  'firm', 'company', 'group', 'charity', 'daily', 'newspaper', 'weekly', 'station', 'broadcaster', 'agency',
  'lender', 'bank', 'maker', 'rival', 'insurer', 'tank', 'outlet', 'website', 'militia', 'startup', 'start-up',
  'carrier', 'operator', 'watchdog', 'regulator', 'network', 'channel', 'magazine', 'publisher', 'party',
  'movement', 'subsidiary', 'affiliate', 'airline', 'manufacturer', 'retailer', 'chain', 'developer',
  'provider', 'consultancy', 'conglomerate', 'giant', 'drugmaker', 'automaker', 'carmaker', 'chipmaker',
  'supplier', 'distributor', 'broker', 'brokerage', 'exchange', 'utility', 'miner', 'producer', 'platform',
  'app', 'tabloid', 'portal', 'organization', 'organisation', 'ngo', 'union', 'coalition', 'faction',
  'itself', 'themselves', 'gang', 'collective', 'outfit', 'syndicate', 'cartel', 'ruling', 'importer', 'exporter',
  'refiner', 'shipper', 'shipbuilder', 'builder', 'contractor', 'homebuilder', 'constructor',
]);

/** Lower-case heads after a name that make it an organization: "the Ennahda party", "the Wagner group". */
export const ORG_TAILS = new Set([
  'party', 'movement', 'militia', 'group', 'faction', 'coalition', 'alliance', 'rebels', 'insurgents', 'militants', 'gang', 'cartel',
  'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'website',
  // Kin groups that fight as one ("the Yambali clan", "the Dinka Bor tribe").
  'clan', 'clans', 'tribe',
]);

/** Heads of an appositive that make the name before it an organization: "X, a Dogon militia,". */
export const ORG_APPOSITIVE_HEADS = new Set([
  ...ORG_NOUNS_BEFORE, 'lobby', 'body', 'association', 'alliance', 'institute', 'federation', 'council',
  'committee', 'club', 'team', 'fund', 'foundation', 'insurgency', 'rebels', 'army', 'force', 'forces',
  'ministry', 'department', 'authority', 'brigade', 'battalion', 'unit', 'wing', 'arm', 'offshoot',
  'umbrella', 'consortium', 'cooperative', 'co-operative', 'university', 'school', 'hospital', 'operation',
  'office', 'bureau', 'service', 'commission', 'court', 'inspectorate', 'directorate',
  // "the Mazhilis, the lower house of parliament": a chamber of a legislature.
  'house', 'chamber', 'legislature', 'parliament', 'assembly',
]);

/** Heads of an appositive that make the name before it a place: "X, the capital of Kedah,". */
export const PLACE_APPOSITIVE_HEADS = new Set([
  'capital', 'city', 'town', 'village', 'port', 'province', 'district', 'suburb', 'island', 'region',
  'hamlet', 'municipality', 'neighborhood', 'neighbourhood', 'enclave', 'township', 'commune',
]);

/** Heads of an appositive that make the name before it a person: "X, a shopkeeper in ...". */
export const PERSON_APPOSITIVE_HEADS = new Set([
  'shopkeeper', 'farmer', 'economist', 'analyst', 'resident', 'teacher', 'student', 'lawyer', 'attorney',
  'professor', 'member', 'doctor', 'nurse', 'engineer', 'activist', 'researcher', 'journalist', 'reporter',
  'businessman', 'businesswoman', 'worker', 'manager', 'official', 'veteran', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'leader', 'strategist', 'trader', 'banker', 'partner',
  'investor', 'fellow', 'scientist', 'expert', 'specialist', 'consultant', 'driver', 'owner', 'survivor',
  'witness', 'villager', 'pastor', 'priest', 'historian', 'scholar', 'author', 'writer', 'editor',
  'correspondent', 'executive', 'founder', 'officer', 'soldier', 'pilot', 'volunteer', 'coordinator',
  'organizer', 'organiser', 'voter', 'retiree', 'mechanic', 'vendor', 'trader', 'colleague', 'aide', 'democrat',
  'republican', 'independent', 'conservative', 'liberal', 'socialist', 'lawmaker', 'legislator', 'politician',
  'candidate', 'nominee', 'defendant', 'plaintiff', 'victim', 'patient', 'father-of-two', 'mother-of-two',
  // Everyday occupations and kin that introduce ordinary people quoted in news ("X, a waitress who hid").
  'waitress', 'waiter', 'herder', 'herdsman', 'fisherman', 'tailor', 'cook', 'widow', 'widower',
  'housewife', 'carpenter', 'labourer', 'laborer', 'welder', 'electrician', 'hawker', 'shepherd', 'pharmacist',
  'midwife', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'neighbour', 'neighbor',
  'cleric', 'imam', 'elder', 'chief', 'headman', 'vet', 'dentist', 'surgeon', 'paramedic', 'medic',
  'firefighter', 'policeman', 'policewoman', 'motorcyclist', 'porter', 'cobbler', 'baker', 'butcher',
  'barber', 'blacksmith', 'housekeeper', 'nanny', 'teenager', 'schoolgirl', 'schoolboy', 'pupil', 'graduate',
  'refugee', 'migrant', 'pensioner', 'mayor', 'councillor', 'councilor', 'chairwoman', 'chairman', 'protester',
  'demonstrator', 'mourner', 'worshipper', 'pilgrim', 'parishioner', 'churchgoer', 'eyewitness', 'passenger', 'hostage', 'captive', 'abductee', 'parent', 'relative',
  'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'fighter', 'militant', 'gunman', 'director', 'counterpart',
]);

/** "<person noun> at/for X" makes X an organization: "an economist at Basa Capital". */
export const PERSON_AT_NOUNS = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'manager', 'managers',
  'researcher', 'researchers', 'director', 'professor', 'fellow', 'partner', 'executive', 'executives',
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'engineer', 'engineers', 'scientist',
  'scientists', 'lawyer', 'lawyers', 'employee', 'employees', 'worker', 'workers', 'staff', 'trader', 'traders',
  'banker', 'bankers', 'head', 'chief', 'investor', 'investors', 'expert', 'experts', 'specialist',
  'consultant', 'adviser', 'advisor', 'editor', 'reporter', 'correspondent', 'lecturer', 'chairman', 'ceo',
  'president', 'founder', 'members', 'member', 'colleagues', 'scholar', 'student', 'students',
]);

/** Lower-case plural place heads after coordinated names: "the Torkham and Chaman crossings". */
export const PLURAL_PLACE_TAILS = new Set([
  'crossings', 'provinces', 'districts', 'regions', 'villages', 'towns', 'cities', 'rivers', 'camps', 'airports',
  'bases', 'states', 'counties', 'governorates', 'islands', 'valleys', 'mountains', 'ports', 'neighborhoods',
  'neighbourhoods', 'oilfields', 'fields', 'communes', 'departments', 'municipalities',
]);

/** Lower-case singular heads that make the capitalised name before them a place ("Spera district"). */
export const SINGLE_PLACE_TAILS = new Set([
  'district', 'province', 'region', 'governorate', 'county', 'crossing', 'dam', 'river', 'camp', 'hospital',
  'oilfield', 'valley', 'prison', 'commune', 'municipality', 'state', 'department', 'neighborhood',
  'neighbourhood', 'border crossing', 'refinery', 'port', 'airfield', 'forest', 'island', 'deposit',
  // Sites an attack names by their own name ("the Enguri bridge", "the Imam Zaman mosque").
  'bridge', 'mosque', 'shrine', 'temple', 'church', 'checkpoint',
  // A settled place written with its kind after it ("the Ariel settlement", "the Zaatari refugee camp").
  'settlement',
  // "the Creggan area of Derry": a part of a town named with the word for it.
  'area',
]);

/** Tails folded away from a place's canonical name: "Khost province" is the place "Khost". */
export const FOLDED_PLACE_TAILS = new Set(['settlement', 'island', 'deposit', 'neighborhood', 'neighbourhood', 'province', 'region', 'district', 'governorate', 'county', 'department', 'state', 'municipality', 'commune', 'area']);

/** Folded tails whose place is a town, not a region ("the Ariel settlement" is the town Ariel). */
export const TOWN_TAILS = new Set(['settlement']);

/** A lower-case hyphen word after a name that makes it a place: "Islamabad-based", "Copenhagen-listed". */
export const PLACE_HYPHEN_SUFFIXES = new Set(['based', 'born', 'listed', 'headquartered', 'registered', 'bound']);

/** All-caps words that are not organizations (units, formats, common abbreviations). */
export const NON_ORG_ACRONYMS = new Set([
  'gdp', 'vat', 'gst', 'fdi', 'gnp', 'gni', 'ebitda', 'ngo', 'ngos', 'ai', 'covid', 'dna', 'hiv', 'aids', 'pm', 'am', 'ceo', 'cfo', 'coo', 'cto', 'ipo', 'etf', 'gmt', 'utc',
  'est', 'pst', 'edt', 'cet', 'mp', 'mps', 'lng', 'ok', 'tv', 'id', 'it', 'pc', 'suv', 'uav', 'uavs', 'rpg', 'ied',
  'ieds', 'vpn', 'api', 'sms', 'url', 'pdf', 'faq', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'vip', 'diy', 'lgbt',
  'lgbtq', 'ev', 'evs', 'ceos', 'kg', 'km', 'mph', 'bc', 'ad', 'ps', 'nb', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii',
  'ix', 'xi', 'xii', 'rip', 'asap', 'fyi', 'q1', 'q2', 'q3', 'q4', 'ar', 'hq', 'gps', 'ict', 'sim', 'atm', 'cpi',
  'ppi', 'pmi', 'bps', 'eps', 'esg', 'hr', 'pr', 'qr', 'usb', 'wifi', 'ufo', 'icu', 'er', 'mri', 'ct', 'ppe',
]);
