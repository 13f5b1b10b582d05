/**
 * Places and nationality words: a phrase that is only a place ("Iran", "New York", "U.S.") or a
 * nationality ("Iranian") is never an organization on its own, never a short form of one, and
 * never folded with one. General-knowledge gazetteer (countries, US states, regions, capitals and
 * large cities); pinned by tests/unit/organizations/people-places.test.ts.
 */
function toNameSet(names: string): Set<string> {
  return new Set(
    names
      .split('|')
      .map((n) => n.trim().replace(/\s+/g, ' '))
      .filter(Boolean),
  );
}

const PLACES = toNameSet(`
  Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
  Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|
  Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|Chad|
  Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|
  Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|
  Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|
  Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|
  Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
  Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|Madagascar|Malawi|
  Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|
  Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|
  Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
  Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|
  Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|
  Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Swaziland|Sweden|Switzerland|Syria|Taiwan|
  Tajikistan|Tanzania|Thailand|Tibet|Togo|Tonga|Trinidad|Tunisia|Turkey|Turkmenistan|Uganda|
  Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|
  Northern Ireland|United States|America|Uruguay|Uzbekistan|Vatican|Venezuela|Vietnam|Yemen|
  Yugoslavia|Zaire|Zambia|Zimbabwe|Soviet Union|Russian Federation|Czechoslovakia|Hong Kong|
  Macau|Gaza|Gaza Strip|West Bank|Kurdistan|Chechnya|Crimea|Kashmir|Catalonia|Quebec|Greenland|
  Africa|Asia|Europe|North America|South America|Latin America|Central America|Middle East|
  Mideast|Far East|Gulf|Persian Gulf|Balkans|Caucasus|Caribbean|Scandinavia|Siberia|Pacific|
  Atlantic|Mediterranean|Arctic|Antarctica|Sahara|Central Asia|East Asia|Southeast Asia|
  Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
  Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
  Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
  New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
  South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|
  Wisconsin|Wyoming|Ontario|Alberta|British Columbia|Manitoba|Bavaria|Kabul|Tirana|Algiers|
  Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|
  Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|
  Santiago|Beijing|Shanghai|Bogota|Havana|Nicosia|Prague|Copenhagen|Cairo|Addis Ababa|Helsinki|
  Paris|Berlin|Bonn|Frankfurt|Munich|Hamburg|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|
  Mumbai|Bombay|Calcutta|Jakarta|Tehran|Baghdad|Basra|Dublin|Jerusalem|Tel Aviv|Rome|Milan|
  Tokyo|Osaka|Amman|Astana|Almaty|Nairobi|Pristina|Riga|Beirut|Tripoli|Benghazi|Vilnius|Skopje|
  Kuala Lumpur|Valletta|Mexico City|Chisinau|Rabat|Casablanca|Maputo|Rangoon|Yangon|Kathmandu|
  Amsterdam|The Hague|Rotterdam|Wellington|Auckland|Managua|Abuja|Lagos|Pyongyang|Oslo|Muscat|
  Islamabad|Karachi|Lahore|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|St Petersburg|
  Kigali|Riyadh|Jeddah|Mecca|Dakar|Belgrade|Bratislava|Ljubljana|Mogadishu|Johannesburg|
  Pretoria|Cape Town|Seoul|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Geneva|Zurich|Bern|
  Damascus|Aleppo|Taipei|Dushanbe|Bangkok|Tunis|Ankara|Istanbul|Kampala|Kiev|Kyiv|Abu Dhabi|
  Dubai|London|Manchester|Liverpool|Birmingham|Glasgow|Edinburgh|Belfast|Cardiff|Montevideo|
  Tashkent|Caracas|Hanoi|Saigon|Sanaa|Aden|Lusaka|Harare|Chicago|Los Angeles|San Francisco|
  Boston|Houston|Dallas|Miami|Atlanta|Detroit|Philadelphia|Seattle|Denver|Phoenix|Las Vegas|
  Brooklyn|Manhattan|Hollywood|Silicon Valley|Wall Street|Capitol Hill|Ashraf|Mosul|Fallujah|
  Kandahar|Herat|Gaza City|Ramallah|Hebron|Nablus|Haifa|Tbilisi|Grozny|Sevastopol|Donetsk
`);

const PLACE_ACRONYMS = new Set(
  'US U.S. USA U.S.A. UK U.K. UAE U.A.E. USSR GDR FRG DRC PRC ROK DPRK HK NZ KSA D.C. N.Y. N.J. N.M. N.C. S.C. N.D. S.D. N.H. L.A.'.split(
    ' ',
  ),
);

/** True for a country or state written as an acronym ("US", "U.K.", "N.J."). */
export function isPlaceAcronym(word: string): boolean {
  return PLACE_ACRONYMS.has(word);
}

/** Nationality words that are not "-an/-ian/-ese/-ish" shaped. */
const DEMONYMS = new Set(
  'Iraqi Israeli Saudi Pakistani Afghan Kuwaiti Qatari Omani Yemeni Bangladeshi Nepali Somali Thai Swiss French Dutch Czech Greek Welsh Scots Irish Arab Kurd Kurdish Basque Uzbek Kazakh Tajik Turkmen Filipino Slovak Serb Croat Bosniak Pole Dane Swede Finn Briton Brit Emirati Bahraini Azeri Malagasy Soviet Western Eastern Northern Southern Islamic Muslim Moslem Christian Jewish Sunni Shiite Shia Catholic Orthodox Protestant American Mexican Korean German Moroccan Cuban Dominican Venezuelan Kenyan Ugandan Rwandan Libyan Tibetan Angolan Guatemalan Honduran Nicaraguan Paraguayan Uruguayan Jamaican Samoan Tongan Sri Lankan Puerto Rican African Asian European'.split(
    ' ',
  ),
);

/** True when `name` (words joined by single spaces) is a place or a place acronym. */
export function isPlace(name: string): boolean {
  if (PLACES.has(name) || PLACE_ACRONYMS.has(name)) return true;
  return name.startsWith('St. ') && PLACES.has('St ' + name.slice(4));
}

/** True for a nationality or region adjective ("Iranian", "Chinese", "Iraqi", "Western"). */
export function isDemonym(word: string): boolean {
  if (DEMONYMS.has(word)) return true;
  if (word.length < 5 || word !== word[0] + word.slice(1).toLowerCase()) return false;
  return word.endsWith('ian') || word.endsWith('ean') || word.endsWith('ese') || word.endsWith('ish');
}

/** True when every word of `name` is a place or nationality word ("UK", "Chilean"). */
export function isPlaceLike(name: string): boolean {
  return isPlace(name) || name.split(' ').every((w) => isPlace(w) || isDemonym(w));
}
