/**
 * Word lists the rules rely on: titles, organization and place head words, name particles. Kept in
 * one place so rules stay short and the lists can grow without touching logic.
 */

/** Titles and roles that precede a person's name (lower case; multi-word ones as phrases). */
export const TITLES = [
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'minister of state', 'foreign minister',
  'defense minister', 'defence minister', 'interior minister', 'finance minister', 'oil minister',
  'health minister', 'economy minister', 'trade minister', 'justice minister', 'energy minister',
  'secretary', 'secretary of state', 'state secretary', 'secretary-general', 'secretary general',
  'defense secretary', 'defence secretary', 'home secretary', 'foreign secretary', 'treasury secretary',
  'press secretary', 'chancellor', 'king', 'queen', 'prince', 'crown prince', 'princess', 'emir', 'sheikh',
  'sultan', 'ayatollah', 'grand ayatollah', 'supreme leader', 'pope', 'senator', 'sen.', 'representative',
  'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'speaker', 'leader', 'chairman',
  'chairwoman', 'chair', 'director', 'director general', 'director-general', 'ceo', 'chief executive',
  'chief executive officer', 'founder', 'co-founder', 'commander', 'general', 'gen.', 'lieutenant general',
  'lt. gen.', 'major general', 'maj. gen.', 'brigadier general', 'brig. gen.', 'colonel', 'col.',
  'lieutenant colonel', 'lt. col.', 'major', 'lieutenant', 'lt.', 'captain', 'capt.', 'sergeant', 'sgt.',
  'admiral', 'adm.', 'vice admiral', 'rear admiral', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'judge', 'justice', 'chief justice', 'attorney general', 'prosecutor', 'mr.', 'mrs.',
  'ms.', 'dr.', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'cardinal', 'imam', 'cleric', 'rabbi',
  'bishop', 'archbishop', 'adviser', 'advisor', 'envoy', 'special envoy', 'commissioner', 'deputy',
  'chief', 'head', 'premier', 'lawmaker', 'mp', 'candidate', 'analyst', 'official', 'chief of staff',
  'national security adviser', 'national security advisor', 'mr', 'mrs', 'ms', 'dr',
  'administrator', 'ombudsman', 'comptroller', 'inspector general', 'solicitor general', 'auditor general',
  'chief minister', 'first minister', 'deputy first minister', 'undersecretary', 'under secretary', 'assistant secretary', 'managing director',
  'executive director', 'chief financial officer', 'chief operating officer', 'magistrate',
  'board member', 'council member', 'committee member', 'councillor', 'councilor', 'alderman', 'field marshal', 'marshal', 'sister',
  // Ranks of air forces, armies and police forces worldwide ("Air Commodore", "Inspector General of Police").
  'air commodore', 'commodore', 'air marshal', 'air vice marshal', 'air vice-marshal', 'air chief marshal',
  'wing commander', 'group captain', 'squadron leader', 'flight lieutenant', 'flying officer', 'warrant officer',
  'staff sergeant', 'master sergeant', 'sergeant major', 'corporal', 'lance corporal', 'private', 'brigadier',
  'cpl.', 'pvt.', 'brig.', 'cdr.', 'cmdr.', 'maj.', 'supt.', 'insp.', 'inspector', 'sub-inspector',
  'constable', 'head constable', 'superintendent', 'superintendent of police', 'senior superintendent',
  'senior superintendent of police', 'deputy superintendent', 'deputy superintendent of police',
  'assistant superintendent', 'inspector general of police', 'deputy inspector general',
  'director general of police', 'commissioner of police', 'police commissioner', 'police chief',
  'pastor', 'reverend', 'rev.', 'alhaji', 'father', 'monsignor', 'msgr.',
  // Heads of administrative divisions ("the prefect of X", "Wali Y").
  'prefect', 'sub-prefect', 'subprefect', 'wali',
  // Roles in talks and in groups ("the group's negotiator, X,", "its facilitator, X,").
  'negotiator', 'chief negotiator', 'facilitator', 'mediator', 'coordinator', 'treasurer', 'convener', 'convenor',
];

/**
 * Titles that are also everyday words ("private security", "the victim's father"): titles only when
 * written with a capital before a name ("Private Davit Hakobyan", "Father Emmanuel Okafor", a priest).
 */
export const CAPITALISED_ONLY_TITLES = new Set(['private', 'father']);

/** Head words that make a capitalized phrase an organization when they end it. */
export const ORG_HEADS = new Set([
  'ministry', 'initiative', 'collective', 'trust', 'department', 'party', 'forces', 'force', 'fighters', 'council', 'agency', 'corp', 'corp.', 'corporation',
  'inc', 'inc.', 'group', 'bank', 'command', 'embassy', 'consulate', 'army', 'navy', 'news', 'times', 'post',
  'guard', 'guards', 'corps', 'brigades', 'brigade', 'battalion', 'battalions', 'committee', 'commission',
  'university', 'company', 'co', 'co.', 'association', 'union', 'front', 'movement', 'organization',
  'organisation', 'institute', 'authority', 'court', 'parliament', 'assembly', 'office', 'service',
  'services', 'police', 'network', 'foundation', 'fund', 'federation', 'league', 'club', 'coalition',
  'alliance', 'television', 'tv', 'radio', 'media', 'press', 'airlines', 'airways', 'holdings',
  'technologies', 'systems', 'labs', 'partners', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'bureau',
  'directorate', 'secretariat', 'cabinet', 'senate', 'congress', 'tribunal', 'militia', 'militias',
  'mobilization', 'mobilisation', 'confederation', 'gang', 'cartel', 'resistance', 'brotherhood', 'jihad', 'legion', 'unit', 'units',
  'division', 'squadron', 'fleet', 'administration', 'government', 'regime', 'telegraph', 'journal',
  'herald', 'tribune', 'gazette', 'monitor', 'observatory', 'institution', 'center', 'centre',
  'health', 'healthcare', 'therapeutics', 'diagnostics', 'caucus', 'management', 'wire', 'advisors', 'advisers',
  'associates', 'ventures', 'financial', 'insurance', 'logistics', 'pharma', 'biotech', 'semiconductor',
  'software', 'solutions', 'entertainment', 'communications', 'telecom', 'railways', 'shipping', 'mining',
  'resources', 'brands', 'foods', 'bancorp', 'lines', 'minerals', 'metals', 'steel', 'cement', 'chemicals', 'construction', 'engineering',
  'hospital', 'school', 'college', 'academy', 'board', 'electric', 'energy', 'oil', 'petroleum', 'motors',
  'industries', 'pharmaceuticals', 'securities', 'capital', 'investments', 'group', 'watch', 'international',
  'exchange', 'society', 'inspectorate', 'staff', 'cartel', 'chamber', 'forum', 'consortium', 'archdiocese', 'diocese',
  // Armed and police bodies ("Assam Rifles", "Gendarmerie", "Support Mission").
  'rifles', 'regiment', 'gendarmerie', 'constabulary', 'mission',
]);

/** Plural people nouns whose possessive is part of a name ("United Nations Children's Fund", "Workers' Party"). */
export const POSSESSIVE_NAME_NOUNS = new Set([
  'children', 'women', 'people', 'peoples', 'workers', 'farmers', 'veterans', 'teachers', 'men', 'citizens',
  'nurses', 'doctors', 'students', 'journalists', 'lawyers', 'employees', 'soldiers', 'mothers', 'fathers',
  'pensioners', 'consumers', 'taxpayers', 'writers', 'artists', 'miners', 'fishermen', 'traders', 'prosecutors',
  'investors', 'officers', 'defenders', 'martyrs',
]);

/** Legislatures named by their head word alone ("the Senate", "Congress"): organizations even unlinked. */
export const LEGISLATURES = new Set(['congress', 'senate', 'parliament', 'house', 'knesset', 'duma', 'bundestag']);

/** Head words that start an organization name when followed by "of" ("Ministry of Defense"). */
export const ORG_OF_HEADS = new Set([
  'ministry', 'department', 'council', 'bank', 'university', 'court', 'office', 'house', 'government',
  'federation', 'league', 'union', 'organization', 'organisation', 'party', 'association', 'board',
  'commission', 'committee', 'chamber', 'institute', 'academy', 'secretariat', 'army', 'people',
  'archdiocese', 'diocese', 'alliance', 'front', 'movement', 'mission', 'confederation', 'congress',
]);

/** Head words that make a capitalized phrase a place when they end it. */
export const PLACE_HEADS = new Set([
  'airport', 'base', 'zone', 'compound', 'river', 'province', 'governorate', 'region', 'district',
  'county', 'square', 'street', 'bridge', 'dam', 'mountains', 'mountain', 'valley', 'sea', 'lake', 'gulf',
  'island', 'islands', 'strait', 'desert', 'peninsula', 'canal', 'crossing', 'port', 'harbor', 'harbour',
  'field', 'oilfield', 'refinery', 'plant', 'building', 'tower', 'mosque', 'church', 'cathedral', 'temple',
  'shrine', 'stadium', 'park', 'camp', 'prison', 'checkpoint', 'highway', 'road', 'avenue', 'boulevard',
  'city', 'town', 'village', 'state', 'territory', 'territories', 'coast', 'bay', 'ocean', 'plain',
  'plains', 'heights', 'hills', 'hill', 'corridor', 'complex', 'facility', 'station', 'terminal',
  'municipality', 'prefecture', 'oblast', 'krai', 'subdistrict', 'neighborhood', 'neighbourhood',
  'quarter', 'palace', 'castle', 'fort', 'border', 'pass', 'gate', 'hall', 'center', 'centre', 'mall',
  'market', 'hospital', 'university', 'museum', 'embassy', 'consulate', 'shoal', 'shoals', 'reef', 'reefs', 'atoll',
]);

/**
 * Words that start a place name ("Camp Taji", "Lake Chad", "Mount Sinjar"), with the Arabic ones
 * place names across North Africa and the Middle East are built on (mountain, valley, well, spring,
 * monastery, village, house, hill: "Jabal al-Halal", "Wadi Hadramout", "Bir al-Abd", "Ain Jnan",
 * "Deir al-Balah", "Kafr Qasim", "Beit Hanoun", "Tell Abyad"), which never open a person's.
 */
export const PLACE_PREFIXES = new Set([
  'camp', 'lake', 'mount', 'mt.', 'fort', 'port', 'cape', 'gulf', 'strait', 'sea', 'avenida', 'avenue', 'rue', 'calle', 'plaza', 'piazza', 'boulevard',
  'north', 'south', 'east', 'west', 'upper', 'lower', 'central', 'northern', 'southern', 'eastern', 'western', 'greater',
  'jabal', 'jebel', 'djebel', 'wadi', 'oued', 'bir', 'ain', 'deir', 'kafr', 'beit', 'tell',
]);

/** Lower-case particles inside personal and Arabic names. */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da',
  'di', 'du', 'dos', 'das', 'la', 'le', 'ul', 'ud', 'ad', 'as', 'ash', 'an', 'ar', 'at', 'az', 'ng', 'wal',
]);

/** Articles that follow a particle in a surname ("de la Vega", "de los Ríos", "van der Berg", "von den Driesch"). */
export const PARTICLE_ARTICLES = new Set(['la', 'las', 'los', 'le', 'lo', 'der', 'den', 'del']);


/** Institution words that form an actor with a country or demonym ("Iraqi military", "Iraq's army"). */
export const NATIONAL_INSTITUTIONS = new Set([
  'military', 'government', 'army', 'navy', 'air force', 'police', 'embassy', 'parliament',
  'foreign ministry', 'defense ministry', 'defence ministry', 'interior ministry', 'health ministry',
  'finance ministry', 'oil ministry', 'central bank', 'cabinet', 'judiciary', 'coast guard',
  'federal government', 'intelligence', 'armed forces', 'presidency',
  'foreign office', 'justice ministry', 'electoral commission', 'election commission', 'supreme court',
]);

/** Institution words counted only as optional generic actors; never emitted on their own. */
export const GENERIC_FORCES = new Set(['forces', 'troops', 'officials', 'soldiers', 'people']);

/** Office handles that stand for whoever holds a role ("@POTUS" → the U.S. President). */
export const OFFICE_HANDLES: Record<string, RegExp> = {
  '@potus': /\b(u\.?s\.?|american|united states)\b.*\bpresident\b|^president$/i,
  '@vp': /vice president/i,
  '@secblinken': /secretary of state/i,
  '@statedept': /state department/i,
};

/** Words of a cause in an armed group's name ("Revolutionary", "Liberation", "New People's"): a rebel army's, never "the army" of a state. */
export const REBEL_ARMY_NAME_RE = /\b(?:Revolutionary|Liberation|Resistance|Independence|Republican|Free|New People['’]s|Rebel|Islamic|Mujahideen|Salvation|Self-Defen[cs]e)\b/;
