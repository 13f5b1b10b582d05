/**
 * Word lists that are not organization names: abbreviations that keep their period, function
 * words that are capitalised only at a sentence start, titles that announce a person, calendar
 * words and all-caps words that are not bodies. Hand-written and reviewable; nothing learned.
 */

/** Splits a space-separated word list into a Set. */
export function toSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

const ABBREVIATIONS = toSet(`
  Corp Inc Ltd Co Cos Bros Mr Mrs Ms Messrs Dr St Ste Jr Sr Gen Sen Rep Gov Lt Col Capt Cmdr Adm
  Maj Sgt Prof Rev Fr Mt Ft No Nos Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs etc approx
  Dept Univ Assn Intl Natl Fla Calif Mass Ill Penn Conn Tex Ariz Wash Mich Minn Wis Okla Ore
`);

/** A word that keeps its trailing period ("Corp.", "Mr."). */
export function isDottedAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.charAt(0) + word.slice(1).toLowerCase());
}

/** Capitalised only because a sentence starts with it (or a heading does); never a name. */
export const FUNCTION_WORDS = toSet(`
  a an the this that these those there their they them then than his her its our your my we you
  he she it i me us who whom whose which what when where why how whether if as at by for from in
  into of on onto to with within without about above after against along among around before
  behind below beneath beside between beyond but despite during except like near off over past
  since through throughout till toward towards under unless until upon via and or nor so yet also
  both either neither each every all any some many most much more few several such other another
  no not only even just still already again once now here today yesterday tomorrow tonight
  however meanwhile moreover furthermore nevertheless instead thus hence therefore although though
  while earlier later last next first second third finally recently currently previously
  according asked speaking including following after given is are was were be been being has have
  had do does did will would shall should can could may might must let please yes well oh
  many analysts officials police witnesses sources dealers traders diplomats observers critics
  residents experts investors economists brokers reporters one two three four five six seven eight
  nine ten eleven twelve twenty thirty hundred hundreds thousand thousands dozens million
`);

/** Words that announce a person ("President X", "Mr X"); they split and never join a name. */
export const TITLES = toSet(`
  Mr Mr. Mrs Mrs. Ms Ms. Messrs Messrs. Dr Dr. Prof Prof. Sir Dame Lord Lady Madam Mister Miss
  President Vice-President Premier Minister Chancellor Secretary Secretary-General Senator Sen Sen.
  Rep Rep. Representative Congressman Congresswoman Governor Gov Gov. Mayor Ambassador Envoy
  Judge Justice Chairman Chairwoman Chair Vice-Chairman Director Director-General Commissioner
  Spokesman Spokeswoman Spokesperson General Gen Gen. Lieutenant Lieutenant-General Colonel Col
  Col. Major Captain Capt Capt. Commander Admiral Sergeant Marshal Brigadier Cardinal Archbishop
  Bishop Pope Father Rabbi Imam Sheikh Ayatollah Mullah King Queen Prince Princess Emperor Sultan
  Emir Leader Coach Manager Striker Goalkeeper Defender Midfielder Skipper Officer Inspector
  Superintendent Professor Hon Honourable
`);

/** Calendar words: capitalised, never part of an organization's name. */
export const CALENDAR = toSet(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Tue Tues Wed Thu Thur Thurs Fri
  January February March April May June July August September October November December Jan
  Jan. Feb Feb. Mar. Apr Apr. Jun. Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec.
  Christmas Easter Ramadan Eid
`);

/** All-caps words that are units, times, currencies, titles or document labels, not bodies. */
export const NON_BODY_CAPS = toSet(`
  CEO CFO COO CTO CIO MD VP GM MP MPs MEP MEPs GDP GNP CPI PPI VAT TV AM PM A.M. P.M. GMT EST EDT
  CST CDT PST PDT BST CET UTC AIDS HIV SARS DNA RNA ID OK PC PCs IT HR PR FAQ CV PS NB AD BC CE
  BCE IPO ADR ADRs ADS OTC FOB CIF DWT TEU LNG LPG WTI BPD SUV SUVs CD CDs DVD USB SMS MW KW GW KM
  KG LB LBS OZ MM BN MLN BLN PCT GB MB USD EUR GBP JPY CHF DM SDR YTD YOY QOQ FY H1 H2 Q1 Q2 Q3 Q4 II III IV
  VI VII VIII IX XI XII XX RIP LOL OMG UFO PhD MBA BSc MSc QC NDA CC BCC RE FW FWD TBA TBD
  NEWS NOTE UPDATE URGENT FLASH BREAKING EXCLUSIVE ALERT WRAPUP REFILE CORRECTED ANALYSIS FACTBOX
  INTERVIEW PREVIEW FEATURE OPINION EDITORIAL COMMENT TABLE RESULTS SCORES STANDINGS SOCCER
  A B C D E F G H I J K L M N O P Q R S T U V W X Y Z
`);

/** A possessive inside a name ("People's Mojahedin") when the owner is one of these plurals. */
export const POSSESSIVE_NAME_WORDS = toSet(`
  People Peoples Workers Women Children Citizens Men Veterans Farmers Teachers Employers Nations
  Traders Students Writers Doctors Journalists Mothers Lawyers Consumers
`);
