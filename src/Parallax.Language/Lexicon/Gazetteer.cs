using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>
/// General world knowledge: countries, capitals and major cities, continents, international organisations and news
/// agencies, government seats used as metonyms, and nationality adjectives.
/// </summary>
internal static class Gazetteer
{
    public static readonly FrozenSet<string> Locations = WordSet.OfPhrases(
        "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|" +
        "Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|" +
        "Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|" +
        "Czech Republic|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|" +
        "Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|" +
        "Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|" +
        "Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|" +
        "Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|" +
        "Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|" +
        "Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|" +
        "Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Korea|" +
        "South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|" +
        "Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|" +
        "England|Scotland|Wales|Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|" +
        "Uzbekistan|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Hong Kong|Greenland|" +
        "Europe|Asia|Africa|North America|South America|Latin America|Antarctica|Oceania|Middle East|Scandinavia|Balkans|" +
        "Caucasus|Arctic|Pacific|Atlantic|Mediterranean|Baltic|Black Sea|Caribbean|Siberia|Sahara|Eurasia|" +
        "Kabul|Tirana|Algiers|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|Sarajevo|Brasilia|Sofia|" +
        "Phnom Penh|Ottawa|Santiago|Beijing|Bogota|Zagreb|Havana|Nicosia|Prague|Copenhagen|Cairo|Tallinn|Addis Ababa|Helsinki|" +
        "Paris|Tbilisi|Berlin|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Rome|" +
        "Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Bishkek|Riga|Beirut|Tripoli|Vilnius|Kuala Lumpur|Valletta|Mexico City|" +
        "Chisinau|Ulaanbaatar|Podgorica|Rabat|Kathmandu|Amsterdam|The Hague|Wellington|Abuja|Pyongyang|Skopje|Oslo|Muscat|" +
        "Islamabad|Ramallah|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Dakar|Belgrade|Bratislava|Ljubljana|" +
        "Mogadishu|Pretoria|Seoul|Madrid|Colombo|Khartoum|Stockholm|Bern|Damascus|Taipei|Dushanbe|Bangkok|Tunis|Ankara|" +
        "Ashgabat|Kampala|Kyiv|Kiev|Abu Dhabi|London|Washington|Montevideo|Tashkent|Caracas|Hanoi|Sanaa|Harare|Lusaka|" +
        "New York|New York City|Los Angeles|Chicago|San Francisco|Houston|Boston|Miami|Toronto|Montreal|Vancouver|Sydney|" +
        "Melbourne|Shanghai|Hong Kong|Mumbai|Bombay|Kolkata|Karachi|Lahore|Istanbul|Dubai|St Petersburg|St. Petersburg|" +
        "Saint Petersburg|Munich|Frankfurt|Hamburg|Milan|Naples|Barcelona|Geneva|Zurich|Lyon|Marseille|Manchester|Birmingham|" +
        "Glasgow|Edinburgh|Rotterdam|Antwerp|Krakow|Gdansk|Odesa|Odessa|Kharkiv|Lviv|Dnipro|Johannesburg|Cape Town|Lagos|" +
        "Casablanca|Alexandria|Rio de Janeiro|Sao Paulo|São Paulo|Osaka|Singapore|Jeddah|Mecca|Tel Aviv|Davos|Strasbourg|" +
        "Luxembourg|Monaco|Anchorage|Alaska|California|Texas|Florida");

    public static readonly FrozenSet<string> Organizations = WordSet.OfPhrases(
        "United Nations|UN|U.N.|NATO|EU|European Union|European Commission|European Parliament|European Council|" +
        "World Health Organization|WHO|International Monetary Fund|IMF|World Bank|World Trade Organization|WTO|OPEC|OSCE|" +
        "ASEAN|African Union|Arab League|G7|G20|BRICS|Red Cross|International Committee of the Red Cross|ICRC|Interpol|IAEA|" +
        "UNESCO|UNICEF|UNHCR|International Criminal Court|ICC|International Court of Justice|Amnesty International|" +
        "Human Rights Watch|Kremlin|White House|Pentagon|Downing Street|Elysee|Élysée|Whitehall|State Department|" +
        "Reuters|AFP|Agence France-Presse|AP|Associated Press|Bloomberg|BBC|CNN|Al Jazeera|TASS|Interfax|RIA Novosti|Xinhua|" +
        "Kyodo|Yonhap|dpa|ANSA|EFE|Fox News|CBS|NBC|ABC|NPR|Google|Apple|Microsoft|Amazon|Meta|Facebook|Twitter|Tesla|Gazprom|" +
        "Rosneft|Hamas|Hezbollah|Taliban|Wagner|FBI|CIA|NSA|KGB|FSB|Mossad|MI6");

    /// <summary>Nationality and regional adjectives (MISC in CoNLL terms).</summary>
    public static readonly FrozenSet<string> Demonyms = WordSet.Of(
        "Afghan Albanian Algerian American Argentine Argentinian Armenian Australian Austrian Azerbaijani Azeri Bangladeshi",
        "Belarusian Belarussian Belgian Bolivian Bosnian Brazilian British Bulgarian Cambodian Cameroonian Canadian Chilean Chinese",
        "Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian",
        "Ethiopian Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Hungarian Icelandic Indian Indonesian",
        "Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao",
        "Latvian Lebanese Libyan Lithuanian Luxembourgish Malaysian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan",
        "Mozambican Nepalese Nepali Nigerian Norwegian Pakistani Palestinian Panamanian Paraguayan Peruvian Polish Portuguese",
        "Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali Spanish Sudanese",
        "Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek",
        "Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean European Asian African Arab Arabian Latin Nordic Scandinavian",
        "Baltic Balkan Caucasian Slavic Soviet Western Eastern Northern Southern Sunni Shia Shiite Christian Muslim Jewish Catholic",
        "Orthodox Buddhist Hindu Kurdish Crimean Tatar Persian Pashtun");

    /// <summary>Demonym → the forms of its country's name that may appear in a role ("American" ↔ "U.S.").</summary>
    public static readonly FrozenDictionary<string, string[]> DemonymCountries = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["American"] = ["US", "U.S.", "USA", "United States", "America"],
        ["British"] = ["UK", "U.K.", "Britain", "United Kingdom"],
        ["Russian"] = ["Russia", "Kremlin"],
        ["Ukrainian"] = ["Ukraine"],
        ["French"] = ["France", "Elysee", "Élysée"],
        ["German"] = ["Germany"],
        ["Chinese"] = ["China"],
        ["Israeli"] = ["Israel"],
        ["Turkish"] = ["Turkey", "Türkiye"],
        ["Polish"] = ["Poland"],
        ["Belarusian"] = ["Belarus"],
        ["Iranian"] = ["Iran"],
        ["Indian"] = ["India"],
        ["Japanese"] = ["Japan"],
        ["Italian"] = ["Italy"],
        ["Spanish"] = ["Spain"],
        ["Dutch"] = ["Netherlands", "Holland"],
        ["Canadian"] = ["Canada"],
        ["Australian"] = ["Australia"],
        ["Korean"] = ["Korea", "South Korea", "North Korea"],
        ["Saudi"] = ["Saudi Arabia"],
        ["Emirati"] = ["UAE", "United Arab Emirates"],
        ["Swiss"] = ["Switzerland"],
        ["Swedish"] = ["Sweden"],
        ["Norwegian"] = ["Norway"],
        ["Finnish"] = ["Finland"],
        ["Danish"] = ["Denmark"],
        ["Greek"] = ["Greece"],
        ["Hungarian"] = ["Hungary"],
        ["Czech"] = ["Czechia", "Czech Republic"],
        ["Brazilian"] = ["Brazil"],
        ["Mexican"] = ["Mexico"],
        ["Egyptian"] = ["Egypt"],
        ["Syrian"] = ["Syria"],
        ["Pakistani"] = ["Pakistan"],
        ["European"] = ["EU", "European Union", "Europe"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
