/**
 * The words that report violent events, grouped by incident type. Kept apart from the matching code
 * so the vocabulary can grow (new weapons, other regions' terms) without touching the logic.
 */
import type { IncidentType } from '../types';

/**
 * How a trigger word takes part in a report: the event itself ("attack", "explosion"), the weapon
 * used ("rockets", "drones"), or the action verb ("attacked", "stormed").
 */
export type TriggerKind = 'event' | 'weapon' | 'action';

/** One entry of the trigger vocabulary. `type: null` means the word says nothing about the kind. */
export interface TriggerEntry {
  re: RegExp;
  type: IncidentType | null;
  kind: TriggerKind;
  /** Matches that look like the trigger but are not events ("missile defense", "hunger strike"). */
  not?: RegExp;
  /** Only ever refers back to an incident reported elsewhere ("the incident"). */
  corefOnly?: boolean;
}

/**
 * An armed subject right before a verb ("gunmen", "masked men", "suspected militants on motorbikes", "a sniper had"): what
 * such a subject does to people or places is an attack. Used as a look-behind.
 */
const ARMED_SUBJECT = String.raw`\b(?:(?:armed|masked|hooded|unidentified)\s+(?:men|assailants|individuals)|gunmen|gunman|militants|bandits|attackers|assailants|jihadists|insurgents|rebels|raiders|extremists|terrorists|fighters|guerrillas|militiamen|pirates|sniper|herdsmen|mob)(?:\s+(?:on|in|riding|wielding|armed with)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:(?:have|has|had|reportedly|allegedly|also|then)\s+){0,2}`;

/**
 * A verb done by an armed subject. The verb is matched first and the subject looked for behind it, so
 * the costly look-behind runs only where a verb stands. With flags lacking "i" (a capital must follow),
 * the subject's words take their first letter either way.
 */
function armedAct(verbs: string, after = '', flags = 'gi'): RegExp {
  const subject = flags.includes('i') ? ARMED_SUBJECT : ARMED_SUBJECT.replace(/\b([a-z])(?=[a-z]+[|)])/g, (c) => `[${c.toUpperCase()}${c}]`);
  return new RegExp(String.raw`\b(?:${verbs})\b(?<=${subject}(?:${verbs}))${after}`, flags);
}

/** The trigger vocabulary; every regex is global and case-insensitive. */
export const TRIGGERS: TriggerEntry[] = [
  { re: /\bcyber[- ]?(?:attacks?|assaults?|intrusions?)\b|\bransomware\b|\bddos\b|\bdenial[- ]of[- ]service(?:\s+attacks?)?\b/gi, type: 'cyber', kind: 'event' },
  // "the website of the customs service was knocked offline": a service put out of reach, told in the passive.
  { re: /\b(?:websites?|sites?|servers?|portals?|networks?|systems?)\b[^.;]{0,60}?\b(?:was|were|had been|have been|has been)\s+(?:knocked|taken|forced|brought)\s+(?:offline|off-line|down)\b/gi, type: 'cyber', kind: 'action' },
  { re: /\bhack(?:ed|ing|ers?)\b/gi, type: 'cyber', kind: 'action' },
  // "the websites of the ministry were defaced", "defaced the portal": pages rewritten by intruders (not a wall or a statue).
  { re: /\b(?:websites?|web ?pages?|sites?|portals?|home ?pages?|servers?|(?:social media |online |official )?accounts?)\b[^.;]{0,80}?\bdefac(?:ed|ing)\b|\bdefac(?:ed|ing)\s+(?:[\w'’-]+\s+){0,6}?(?:websites?|web ?pages?|sites?|portals?|home ?pages?|accounts?)\b/gi, type: 'cyber', kind: 'action' },
  // "knocked the ministry's website offline", "took the servers down": a service put out of reach.
  { re: /\b(?:knock(?:ed|ing)?|took|taken|tak(?:e|es|ing)|forc(?:ed|ing))\s+(?:[\w'’-]+\s+){0,5}?(?:websites?|sites?|servers?|portals?|networks?|systems?)\s+(?:offline|off-line|down)\b|\b(?:knock(?:ed|ing)?|took|taken|brought|bringing)\s+(?:down|offline)\s+(?:[\w'’-]+\s+){0,5}?(?:websites?|sites?|servers?|portals?|networks?)\b/gi, type: 'cyber', kind: 'action' },
  { re: /\bair[- ]?strikes?\b|\bair[- ]?raids?\b|\baerial (?:bombardments?|attacks?|strikes?)\b|\bbombing raids?\b/gi, type: 'airstrike', kind: 'event' },
  // The aircraft that strike ("warplanes struck radar sites", "a military jet bombed a monastery"): like
  // a drone or a missile, the means of the attack, so a verb with it reports one raid.
  { re: /\bwarplanes?\b|\b(?:fighter|military|army|air force|government|regime|junta|its|their) (?:jets?|aircraft|planes?|helicopters?)\b|\b(?:helicopter )?gunships?\b/gi, type: 'airstrike', kind: 'weapon',
    not: /(?:jets?|aircraft|planes?|helicopters?|gunships?)\s+(?:\w+\s+)?(?:crash|went down|came down|(?:was|were) shot down|landed|flew|carrying|transporting)/i },
  // "F-16 jets struck", "two Su-25s bombed": combat aircraft named by their model, as they strike (case matters: a model code is upper-case).
  { re: /\b[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?(?:\s+(?:fighter\s+)?(?:jets?|fighters|warplanes?|bombers?|aircraft))?(?=\s+(?:had\s+|have\s+|also\s+)?(?:struck|hit|bombed|pounded|attacked|targeted|fired|dropped|carried out|launched))/g, type: 'airstrike', kind: 'weapon' },
  {
    re: /\b(?:ballistic |cruise |hypersonic |anti-ship |guided )?missiles?\b/gi, type: 'missile', kind: 'weapon',
    not: /^(?:anti-missile|air defen[cs]e)|missiles? (?:defen[cs]e|shield|programs?|tests?|launchers?|systems?|interceptors?)/i,
  },
  { re: /\b(?:katyusha )?rockets?\b|\bkatyushas?\b/gi, type: 'rocket', kind: 'weapon', not: /rockets? (?:launchers?|science|scientists?|engines?)|rocket[- ]propelled/i },
  { re: /\bdrones?\b|\buavs?\b|\bunmanned aerial vehicles?\b/gi, type: 'drone', kind: 'weapon', not: /drones? (?:footage|images?|video|pilots?)/i },
  { re: /\bmortars?\b|\bmortar (?:rounds?|shells?|bombs?)\b/gi, type: 'mortar', kind: 'weapon' },
  { re: /\bshelling\b|\bshelled\b|\bartillery\b|\bshells\b/gi, type: 'shelling', kind: 'event', not: /shells? compan/i },
  { re: /\b(?:was|were) shot\b|\bshot and (?:(?:seriously|critically|fatally|badly|severely|gravely)\s+)?(?:killed|wounded|injured)\b|\bshootings?\b|\bgunfire\b|\bgun attacks?\b|\bopened fire\b|\bshot dead\b|\b(?:was|were|been) gunned down\b|\bshootouts?\b|\bsniper fire\b|\bfirefights?\b|\bexchanged (?:heavy )?fire\b|\bexchanges? of fire\b|\bgunfights?\b|\bgun ?battles?\b|\bcame under (?:heavy |sustained |small-arms |machine-gun )?(?:fire|gunfire)\b/gi, type: 'shooting', kind: 'event' },
  { re: /\bkidnap(?:ped|ping|pings|s)?\b|\babduct(?:ed|ion|ions|s|ing)?\b|\btaken hostage\b|\bhostage[- ]taking\b/gi, type: 'kidnapping', kind: 'event' },
  // "The workers were taken from the camp", "two engineers were seized on Monday": people carried off.
  // Not "taken to hospital" nor "taken into custody" (the direction says where they were brought).
  {
    re: /\b(?:workers|employees|engineers|staff|students|pupils|schoolgirls|schoolchildren|children|passengers|tourists|villagers|journalists|aid workers|missionaries|priests|nuns|crew members|sailors|hostages|men|women|girls|boys|people)\s+(?:who\s+)?(?:were|was|had been|have been)\s+(?:taken|seized|snatched|grabbed|carried off|led away)\b(?!\s+(?:to|into|in for|for|back|away to|under|as|by (?:ambulance|helicopter|boat)|seriously)\b)/gi,
    type: 'kidnapping', kind: 'action',
  },
  // "claimed the capture of the mining town of X", "seized the town of X": a place taken by force. Not
  // "the capture of a suspect" (an arrest): only a place noun follows.
  {
    re: /\b(?:capture|seizure|takeover|fall) of (?:the )?(?:[\w-]+ ){0,2}?(?:town|city|village|port|base|airport|district|province|region|hill|border crossing|garrison|capital)\b|\b(?:captured|seized|took|taken) (?:control of )?(?:the )?(?:[\w-]+ ){0,2}?(?:town|city|village|port|military base|airport|district capital|border crossing|garrison|provincial capital) of\b/gi,
    type: 'storming', kind: 'event',
  },
  // "gunmen seized 40 schoolgirls from a school": people carried off, told with an active verb.
  // ("Gunmen seize 17 bus passengers": a headline's present tense too.)
  {
    re: /\b(?:seize[sd]?|snatch(?:ed|es)?|grab(?:bed|s)?|carried off|rounded up and took)\s+(?:(?:at least|more than|some|about|nearly|over|up to)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of|a group of)?\s*(?:[\w-]+\s+){0,2}?(?:workers|employees|engineers|students|pupils|schoolgirls|schoolboys|schoolchildren|children|passengers|tourists|villagers|worshippers|farmers|travellers|travelers|hostages|girls|boys|women|men|people|priests|nurses|doctors|teachers|journalists|missionaries|traders|miners|herders|shepherds|fishermen|civilians|residents|captains|crew|crewmen|crew members|sailors|boatmen|drivers|pilots|guards|soldiers|policemen|police officers|officials|monks|pilgrims)\b/gi,
    type: 'kidnapping', kind: 'action',
  },
  // "gunmen seized a Catholic priest and his driver": one person carried off, named by calling or trade.
  {
    re: /\b(?:seized|snatched|grabbed|carried off)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:priest|pastor|nun|missionary|imam|engineer|doctor|nurse|teacher|journalist|reporter|businessman|businesswoman|aid worker|tourist|student|trader|village chief|chief|pilot|shepherd|herder|herdsman|farmer|fisherman|captain|boatman|driver|schoolgirl|schoolboy|boy|girl)\b/gi,
    type: 'kidnapping', kind: 'action',
  },
  // "led a 16-year-old shepherd away from his flock", "took the two drivers away": a person carried off, the particle after the object.
  {
    re: /\b(?:led|took|dragged|marched|carried|whisked|hauled|frogmarched)\s+(?:an?|the|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,3}?(?:priest|pastor|nun|engineer|doctor|nurse|teacher|journalist|businessman|tourist|student|trader|chief|pilot|shepherds?|herders?|herdsman|farmers?|fisherman|fishermen|captains?|drivers?|boys?|girls?|schoolgirls?|schoolboys?|workers|villagers|passengers|women|men|children)\s+(?:away|off)\b(?!\s+to\s+(?:hospital|safety|a hospital))/gi,
    type: 'kidnapping', kind: 'action',
  },
  // "two nurses ... were taken from their quarters by armed men": people carried off from where they were, by armed men.
  {
    re: /\b(?:were|was|had been|have been)\s+(?:taken|seized|snatched|dragged|led away|carried off)\s+from\s+(?:their|his|her|the|a|an)\s+(?:[\w-]+\s+){0,3}?by\s+(?:armed|masked|unknown|unidentified|suspected\s+)?\s*(?:men|gunmen|assailants|attackers|militants|rebels|bandits|kidnappers|fighters)\b/gi,
    type: 'kidnapping', kind: 'action',
  },
  // "took away 14 passengers", "led away three nurses", "dragged off two traders": people carried off by their captors.
  {
    re: /\b(?:took|taken|led|dragged|marched|carried|whisked|hauled|herded|forced)\s+(?:away|off)\s+(?:(?:at least|more than|some|about|nearly|over|up to)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of|a group of|several|the)?\s*(?:[\w-]+\s+){0,2}?(?:workers|employees|engineers|students|pupils|schoolgirls|schoolboys|schoolchildren|children|passengers|tourists|villagers|worshippers|farmers|travellers|travelers|hostages|girls|boys|women|men|people|nurses|doctors|teachers|traders|drivers|fishermen|pilgrims|officials|civilians|residents|herders|miners|aid workers|journalists|monks|priests)\b|\b(?:took|led|dragged|marched|whisked)\s+(?:(?:at least|more than|some|about|nearly|over|up to)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several)\s+(?:[\w-]+\s+){0,2}?(?:workers|employees|engineers|students|pupils|children|passengers|tourists|villagers|worshippers|farmers|travellers|travelers|girls|boys|women|men|people|nurses|doctors|teachers|traders|drivers|fishermen|pilgrims|officials|civilians|residents|herders|miners|journalists)\s+(?:away|hostage|captive|into captivity)\b/gi,
    type: 'kidnapping', kind: 'action',
  },
  // "its troops had clashed with a rebel unit", "border guards clashed with armed men": armed men on both
  // sides of a clash fight with guns.
  { re: /\bclashed\s+with\b(?<=\b(?:troops|soldiers|forces|army|police|policemen|officers|guards|militiamen|rebels|militants|fighters|guerrillas|insurgents|jihadists|gunmen)\s+(?:(?:had|have|has|reportedly|also|then|later)\s+){0,2}clashed\s+with)/gi, type: 'shooting', kind: 'action' },
  // "it had destroyed two laboratories and killed two dissidents in an operation": armed men killed, counted,
  // whoever killed them.
  { re: /\b(?:killed|kills?|shot dead)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|scores of)\s+(?:suspected\s+|alleged\s+|armed\s+)?(?:dissidents|rebels|militants|insurgents|guerrillas|gunmen|jihadists|bandits|terrorists|extremists|militiamen|kidnappers|pirates)\b/gi, type: 'other', kind: 'action' },
  // "fighting between rival groups killed three people", "clashes ... killed eight": one battle, told by its toll.
  // "border guards clashed with armed men ..., and a guard was killed": a clash told with the death it caused.
  { re: /\b(?:clashes|fighting|clashed with)\b(?=[^.;]{0,120}?\bkill(?:ed|ing)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s)|[^.;]{0,120}?\b(?:left|leaving)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s)[^.;]{0,30}?\b(?:dead|killed)\b|[^.;]{0,160}?\b(?:was|were)\s+(?:killed|shot dead)\b)/gi, type: 'other', kind: 'event' },
  // "the 2013 siege of the mall": armed men holding a place by force, named by its year (a bare "the
  // siege" ended by troops refers back to the attack told).
  { re: /(?<=\b(?:19|20)\d\d\s+)sieges?\b(?=\s+(?:of|at)\s)/gi, type: 'storming', kind: 'event' },
  { re: /\bstorm(?:ed|ing)\b|\bbroke into\b|\bforc(?:e|ed|ing) (?:their|its|his|her) way (?:into|through|past)\b|\boverran\b/gi, type: 'storming', kind: 'action', not: /storm(?:ed|ing) (?:out|off|to|back|into (?:the )?(?:lead|charts|record))\b/i },
  { re: /\bexplosions?\b(?! of (?:violence|anger|protests?|growth|cases|interest|demand))|\bblasts?\b(?! from the past)|\bbombings?\b|\bsuicide bombers?\b|\b(?:car|truck|roadside|suicide|pipe|nail) bombs?\b/gi, type: 'explosion', kind: 'event' },
  { re: /\blandmines?\b|\b(?:anti-tank|anti-personnel|land) mines?\b|\bgrenades?\b|\bbombs?\b|\bieds?\b|\bimprovised explosive devices?\b|\bexplosive devices?\b|\bexplosives\b/gi, type: 'explosion', kind: 'weapon', not: /bombs? (?:shelters?|threats?|squads?|disposal)|bombshell/i },
  { re: /\bexploded\b|\bdetonated\b|\bwent off\b|\b(?:blew|blown|blowing) up\b|\bbombed\b/gi, type: 'explosion', kind: 'action', not: /bombed[- ]out/i },
  // "former Vice President X was seized from his ranch": a person carried off from where they live or work.
  { re: /\b(?:was|were|had been)\s+(?:seized|snatched|dragged|grabbed)\s+from\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:home|homes|house|houses|ranch|farm|farmhouse|residence|office|car|vehicle|shop|village|compound|hotel|room|bed)\b/gi, type: 'kidnapping', kind: 'action' },
  // Coast-guard clashes at sea: a water cannon fired at a vessel, or a ship rammed.
  { re: /\bwater[- ]cannons?\b/gi, type: 'other', kind: 'weapon' },
  { re: /\brammed\b|\bramming\b/gi, type: 'other', kind: 'action' },
  { re: /\bsalvos?\b|\bbarrages?\b|\bvolleys?\b|\bprojectiles?\b/gi, type: null, kind: 'weapon' },
  {
    re: /\battacks?\b|\bassaults?\b|\bstrikes?\b|\braids?\b|\bambush(?:es)?\b|\bbombardments?\b|\bassassinations?\b|\bmassacres?\b|\bstabbings?\b/gi, type: 'other', kind: 'event',
    not: /^(?:heart|panic|asthma|sexual|verbal|personal|political|rhetorical) |(?:attacks?|assaults?) on (?:the |our |its |their |his |her |a |free )?(?:democracy|sovereignty|freedom|rights|press|constitution|rule of law|character|values|dignity|reputation|credibility|integrity|judiciary|media)\b|(?:hunger|general|labou?r|workers'?|teachers'?|nationwide|rail|transport) strikes?|assault (?:rifles?|weapons?|charges?)|strikes? (?:a deal|down|back)|attack (?:dogs?|helicopters?|ads?)/i,
  },
  // "gunmen on the far bank ambushed a boat": men named by their guns attack by shooting.
  { re: /\b(?:ambushed|attacked)\b(?<=\b(?:gunmen|gunman)(?:\s+(?:on|in|riding|armed with)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:(?:have|has|had|reportedly|allegedly|also|then)\s+){0,2}(?:ambushed|attacked))/gi, type: 'shooting', kind: 'action' },
  { re: /\battacked\b|\bambushed\b|\bassaulted\b/gi, type: 'other', kind: 'action' },
  // "revenge for the killing of two youths on Oct. 17": a killing named by its victims, counted, is an
  // event. Not "condemned the killing of civilians" (no count: a kind of act).
  { re: /\bkillings?(?=\s+of\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|dozens|scores|hundreds)\b)/gi, type: 'other', kind: 'action' },
  // "Gunmen killed 12 villagers", "bandits shot dead four people": armed men killing people is an attack
  // told by its toll. Only after such a subject, so "the floods killed 12" is none.
  // "Gunmen killed four officers", "a gunman kills two": men named by their guns kill by shooting.
  { re: /\b(?:killed|kills?|shot dead|gunned down)\b(?<=\b(?:gunmen|gunman|snipers?|shooters?)(?:\s+and\s+[\w-]+)?\s+(?:(?:have|has|had|reportedly|allegedly|also|then)\s+){0,2}(?:killed|kills?|shot dead|gunned down))(?!\s+(?:in|during|by|when|after|while)\b)/gi, type: 'shooting', kind: 'action' },
  { re: armedAct('killed|kills?|shot dead|gunned down|massacred|hacked to death|stabbed to death|beheaded|executed|lynched|burned alive', String.raw`(?!\s+(?:in|during|by|when|after|while)\b)`), type: 'other', kind: 'action' },
  // "Insurgents torched 30 homes", "fighters set fire to the market", "gunmen raided a police post": an armed
  // subject's arson or raid is an attack.
  { re: armedAct('torched|set fire to|set ablaze|burned down|burnt down|razed|raided'), type: 'other', kind: 'action' },
  // "a health post serving several communities was set on fire": arson told in the passive, of a building or vehicles.
  { re: /\b(?:was|were|had been|have been|has been)\s+(?:set\s+(?:on\s+fire|ablaze|alight)|torched|burned\s+down|burnt\s+down)\b(?<=\b(?:post|station|school|clinic|hospital|church|mosque|temple|house|houses|homes?|vehicles?|trucks?|cars?|buses|bus|office|offices|building|buildings|market|shops?|warehouse|camp|headquarters|tractors?|machinery|equipment)\b[^.;]{0,80}?\s(?:was|were|had been|have been|has been)\s+(?:set\s+(?:on\s+fire|ablaze|alight)|torched|burned\s+down|burnt\s+down))/gi, type: 'other', kind: 'action' },
  // "Armed men who crossed the river raided a gold mining camp": a raid on a camp, village or post is an
  // attack whoever the subject is. Not a police or agents' raid (a search or an arrest).
  { re: /\braided(?=\s+(?:an?|the|two|three|four|several)\s+(?:[\w-]+\s+){0,3}?(?:camps?|villages?|hamlets?|settlements?|outposts?|posts?|bases?|checkpoints?|barracks|police stations?|farms?|mines?|markets?|schools?|churches|church|mosques?)\b)(?<!\b(?:[Pp]olice|[Oo]fficers|[Aa]gents|[Ii]nvestigators|[Aa]uthorities|[Dd]etectives|[Ii]nspectors|[Pp]rosecutors)\s+(?:[\w-]+\s+){0,2}raided)/g, type: 'other', kind: 'action' },
  // "Troops later raided X and the neighbouring village of Y": a force's raid on a named place (a capital
  // follows), told as an act of its own. Not "police raided a house" (an arrest operation names no place).
  { re: /\braided\b(?<=\b(?:[Tt]roops|[Ss]oldiers|[Ff]orces|[Cc]ommandos|[Ss]ettlers|[Mm]ilitiamen|[Pp]aratroopers)\s+(?:(?:later|also|then|had|have|reportedly)\s+){0,2}raided)(?=\s+(?:the\s+(?:[\w-]+\s+)?(?:village|town|city|camp)\s+of\s+)?\p{Lu})/gu, type: 'other', kind: 'action' },
  // "The two countries fought five days of border battles in July 2025", "after fighting a five-day war
  // with X in August 2008": a war or battles fought, an event of its own (the date decides whether it is one).
  { re: /\b(?:fought|fighting)\s+(?:(?:a|an|their|its|the|five|four|three|two|several)\s+)?(?:[\w-]+\s+){0,3}?(?:war|battles|border clashes)\b/gi, type: 'other', kind: 'action' },
  // "Rebels captured Tamsa", "militants overran the garrison": an armed subject taking a place.
  { re: armedAct('captured|seized|took control of|took over', String.raw`(?=\s+(?:the\s+)?\p{Lu})`, 'gu'), type: 'storming', kind: 'action' },
  // "hundreds of people were killed in Tole, a village in X": a killing told in the passive at a named place
  // (not "killed in the attack": that is a toll of an act told otherwise).
  { re: /\b(?:were|was)\s+(?:massacred|killed|slaughtered)\s+in\s+(?=\p{Lu})/gu, type: 'other', kind: 'action' },
  // "Twelve villagers were killed by bandits": the armed agent of a passive killing or abduction.
  { re: /\b(?:were|was|had been|have been)\s+(?:killed|shot dead|gunned down|massacred|abducted|kidnapped|attacked|ambushed|beheaded|executed)\s+by\s+(?:suspected\s+|unknown\s+|armed\s+|masked\s+)*(?:gunmen|gunman|militants|bandits|attackers|assailants|jihadists|insurgents|rebels|raiders|extremists|terrorists|fighters|guerrillas|militiamen|pirates|herdsmen|a mob|a gunman|a sniper)\b/gi, type: 'other', kind: 'action' },
  // "Pirates hijacked a tanker", "took the passengers hostage": a vehicle and its people seized.
  { re: /\bhijack(?:ed|ing)\s+(?:an?|the|two|three|\d+)\s+(?:[\w-]+\s+)?(?:tankers?|ships?|vessels?|boats?|bus(?:es)?|planes?|aircraft|airliners?|trucks?|lorr(?:y|ies)|trains?|cars?|convoys?)\b/gi, type: 'kidnapping', kind: 'action' },
  { re: /\b(?:took|taken|taking|holding|held)\s+(?:the\s+|some\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:passengers|crew|workers|staff|students|villagers|worshippers|guests|people|tourists|hostages|children|women|men)\s+hostage\b/gi, type: 'kidnapping', kind: 'action' },
  // "fired on an army patrol": guns turned on people or vehicles, not a munition fired at a target.
  // ("fired at a helicopter of the agency", "fired on the community of X": aircraft, boats, homes and villagers too.)
  { re: /\bfired (?:on|at) (?:an? |the |two |three |several )?(?:army |police |military |security |passing |civilian |medical |rescue |fishing )?(?:patrols?|convoys?|checkpoints?|vehicles?|bus(?:es)?|cars?|crowds?|protesters|worshippers|soldiers|troops|policemen|officers|helicopters?|aircraft|planes?|boats?|ships?|vessels?|houses?|homes?|villages?|communit(?:y|ies)|residents|villagers|civilians|families|farmers|herders|fishermen|motorists|passengers|guards?)\b/gi, type: 'shooting', kind: 'action' },
  { re: /\bincidents?\b/gi, type: 'other', kind: 'event', corefOnly: true },
  // "The tanker was struck Thursday morning west of X": a passive hit names the event only with a day
  // (then it can report one) and otherwise refers back to the one reported.
  { re: /\b(?:was|were|had been) (?:struck|hit|targeted)\b/gi, type: 'other', kind: 'action', corefOnly: true, not: /(?:struck|hit|targeted) (?:by (?:lightning|a car|a truck|a vehicle|sanctions|tariffs|a wave|an? (?:outage|lawsuit|fine)|the)|with (?:sanctions|fines|tariffs|charges))|hit (?:hard|home|the (?:road|headlines|market))/i },
  { re: /\bstruck\b|\btargeted\b|\bhit\b|\blanded\b|\bslammed into\b|\bcrashed into\b|\bcame down\b|\bimpacted\b|\bfired\b|\blaunched\b/gi, type: null, kind: 'action' },
];

/** Types named by a specific weapon or act win over a bare explosion, which wins over "attack". */
export const TYPE_RANK: Record<IncidentType, number> = {
  cyber: 3, airstrike: 3, missile: 3, rocket: 3, drone: 3, mortar: 3, shelling: 3, shooting: 3,
  kidnapping: 3, storming: 3, explosion: 2, other: 1,
};

/** Large vague counts of events or weapons ("hundreds of strikes"): a pattern unless dated. */
export const AGGREGATE_QUANTIFIER_RE =
  /\b(?:hundreds|dozens|scores|thousands|tens) of (?:[\w-]+ ){0,3}?(?:attacks|strikes|airstrikes|air strikes|raids|bombings|rockets|missiles|drones|shells|incidents|assaults|ships|vessels|targets|villages|towns)\b/i;

/** Words that make a mention a pattern of events rather than one ("repeated", "over the past year"). */
export const AGGREGATE_RE =
  /\b(?:a )?(?:series|wave|spate|campaign|string|litany|rash) of\b|\bresponsible for (?:\w+ ){0,2}?(?:attacks|strikes|bombings|killings)\b|\bfrequent(?:ly)?\b|\bregularly\b|\broutinely\b|\boften\b|\bover the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?)\b|\bin recent (?:days|weeks|months|years)\b|\bsince (?:the start|the beginning|last|early|late|mid|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b|\b(?:most|many|such|similar) (?:\w+ )?(?:attacks|strikes|incidents)\b|\b(?:have|has) become (?:common|commonplace|routine|rife|widespread|a fact of life)\b|\bin the (?:first|past|last) (?:[\w-]+ ){0,2}?(?:days|weeks|months|years) of\b|\bso far (?:this|in) (?:year|month)\b|\b(?:counted|recorded|documented|registered|tallied|logged)\s+(?:at least |more than |some |about |nearly )?[\d,]+\s+(?:[\w-]+ ){0,2}?(?:attacks|strikes|incidents|killings|bombings|kidnappings|abductions)\b/i;

/** Words that make the noun phrase of a trigger a set of events ("repeated strikes"), tested next to the trigger only. */
export const AGGREGATE_NP_RE = /\b(?:repeated|multiple|numerous|recurring)\b/i;

/** Determiners and adjectives which, before a plural event noun, make it a set of events. */
export const PLURAL_AGGREGATE_RE = /\b(?:recent|previous|past|earlier|these|those|such|several|multiple|many|most|other|similar|further|more|all|ongoing|continued|continuing|frequent|daily|nightly)\b/i;

/** Words before a trigger that make it unreal: threatened, feared, planned or prevented. */
export const HYPOTHETICAL_RE =
  /\b(?:threat(?:s|en|ens|ened|ening)?|warn(?:s|ed|ing)?|fear(?:s|ed)?|prevent(?:s|ed)?|avert(?:ed)?|deter|would|could|might|will|plan(?:s|ned|ning)?|plot(?:s|ted)?|vow(?:s|ed)?|risk|possible|potential|future|no|never|if)\b/i;

/** Reporting and meeting words whose date is the date of a statement, not of the event. */
export const REPORT_WORD_RE =
  /\b(?:said|says|say|told|tells|announced|confirmed|stated|statement|statements|tweet(?:ed)?|readout|call|spoke|speaking|meeting|met|interview|reported|cited|visit(?:ed)?|condemned|added|revealed|briefing|press conference|wrote|posted|published|photo)\b/i;

/** Nouns that make a preceding place name a modifier of an actor ("Iraq's military", "US forces"). */
export const ACTOR_HEAD_RE =
  /^(?:[’']s\s+)?(?:(?:federal|national|central|interim|elite|armed|security|military|special|defense|defence|foreign|state)\s+)*(?:military|government|army|forces?|troops|president|prime minister|minister|ministry|department|officials?|police|navy|air force|embassy officials|authorities|administration|spokesman|spokesperson|leaders?|diplomats?|soldiers|personnel|intelligence|officers?|commanders?|militias?|state department|defense ministry|secretary|warplanes|fighter jets|jets|warships|helicopters|gunships)\b/i;

/** Head nouns of a description that can carry out an attack ("an outlawed group", "gunmen"). */
export const ACTOR_NOUN_RE =
  /\b(?:groups?|militias?|militants?|fighters?|rebels?|insurgents?|forces|army|troops|jihadists?|terrorists?|gunm[ae]n|attackers?|assailants?|factions?|organi[sz]ations?|movement|brigades?|battalions?|cells?|hackers?|regime|government|navy|military|guards?|corps|bandits?|gangs?|pirates?|separatists?|extremists?|protesters?|demonstrators?|mobs?|youths?|administration|hezbollah|hamas|houthis?|taliban|shabaab|junta|snipers?|traffickers?|smugglers?|kidnappers?|poachers?|cartels?|criminals?|gangsters?|paramilitar(?:y|ies)|guerrillas?|herdsmen|vigilantes?)\b/i;
