// Time-zone lookup tables for contacts without a time-zone column.
// A country or region is listed only when it keeps ONE local time throughout (zone.tab from tzdata,
// plus countries whose zones all keep the same time today). Split regions (Texas, Ontario, New South
// Wales, ...) are deliberately absent: guessing a zone there could put a call outside legal hours.

/** Countries with a single local time (ISO 3166-1 alpha-2 → IANA zone). */
export const SINGLE_ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  AD: "Europe/Andorra", AE: "Asia/Dubai", AF: "Asia/Kabul", AG: "America/Antigua",
  AI: "America/Anguilla", AL: "Europe/Tirane", AM: "Asia/Yerevan", AO: "Africa/Luanda",
  AR: "America/Argentina/Buenos_Aires", AS: "Pacific/Pago_Pago", AT: "Europe/Vienna", AW: "America/Aruba",
  AX: "Europe/Mariehamn", AZ: "Asia/Baku", BA: "Europe/Sarajevo", BB: "America/Barbados",
  BD: "Asia/Dhaka", BE: "Europe/Brussels", BF: "Africa/Ouagadougou", BG: "Europe/Sofia",
  BH: "Asia/Bahrain", BI: "Africa/Bujumbura", BJ: "Africa/Porto-Novo", BL: "America/St_Barthelemy",
  BM: "Atlantic/Bermuda", BN: "Asia/Brunei", BO: "America/La_Paz", BQ: "America/Kralendijk",
  BS: "America/Nassau", BT: "Asia/Thimphu", BW: "Africa/Gaborone", BY: "Europe/Minsk",
  BZ: "America/Belize", CC: "Indian/Cocos", CF: "Africa/Bangui", CG: "Africa/Brazzaville",
  CH: "Europe/Zurich", CI: "Africa/Abidjan", CK: "Pacific/Rarotonga", CM: "Africa/Douala",
  CO: "America/Bogota", CR: "America/Costa_Rica", CU: "America/Havana", CV: "Atlantic/Cape_Verde",
  CW: "America/Curacao", CX: "Indian/Christmas", CY: "Asia/Nicosia", CZ: "Europe/Prague",
  DE: "Europe/Berlin", DJ: "Africa/Djibouti", DK: "Europe/Copenhagen", DM: "America/Dominica",
  DO: "America/Santo_Domingo", DZ: "Africa/Algiers", EE: "Europe/Tallinn", EG: "Africa/Cairo",
  EH: "Africa/El_Aaiun", ER: "Africa/Asmara", ET: "Africa/Addis_Ababa", FI: "Europe/Helsinki",
  FJ: "Pacific/Fiji", FK: "Atlantic/Stanley", FO: "Atlantic/Faroe", FR: "Europe/Paris",
  GA: "Africa/Libreville", GB: "Europe/London", GD: "America/Grenada", GE: "Asia/Tbilisi",
  GF: "America/Cayenne", GG: "Europe/Guernsey", GH: "Africa/Accra", GI: "Europe/Gibraltar",
  GM: "Africa/Banjul", GN: "Africa/Conakry", GP: "America/Guadeloupe", GQ: "Africa/Malabo",
  GR: "Europe/Athens", GS: "Atlantic/South_Georgia", GT: "America/Guatemala", GU: "Pacific/Guam",
  GW: "Africa/Bissau", GY: "America/Guyana", HK: "Asia/Hong_Kong", HN: "America/Tegucigalpa",
  HR: "Europe/Zagreb", HT: "America/Port-au-Prince", HU: "Europe/Budapest", IE: "Europe/Dublin",
  IL: "Asia/Jerusalem", IM: "Europe/Isle_of_Man", IN: "Asia/Kolkata", IO: "Indian/Chagos",
  IQ: "Asia/Baghdad", IR: "Asia/Tehran", IS: "Atlantic/Reykjavik", IT: "Europe/Rome",
  JE: "Europe/Jersey", JM: "America/Jamaica", JO: "Asia/Amman", JP: "Asia/Tokyo",
  KE: "Africa/Nairobi", KG: "Asia/Bishkek", KH: "Asia/Phnom_Penh", KM: "Indian/Comoro",
  KN: "America/St_Kitts", KP: "Asia/Pyongyang", KR: "Asia/Seoul", KW: "Asia/Kuwait",
  KY: "America/Cayman", LA: "Asia/Vientiane", LB: "Asia/Beirut", LC: "America/St_Lucia",
  LI: "Europe/Vaduz", LK: "Asia/Colombo", LR: "Africa/Monrovia", LS: "Africa/Maseru",
  LT: "Europe/Vilnius", LU: "Europe/Luxembourg", LV: "Europe/Riga", LY: "Africa/Tripoli",
  MA: "Africa/Casablanca", MC: "Europe/Monaco", MD: "Europe/Chisinau", ME: "Europe/Podgorica",
  MF: "America/Marigot", MG: "Indian/Antananarivo", MK: "Europe/Skopje", ML: "Africa/Bamako",
  MM: "Asia/Yangon", MO: "Asia/Macau", MP: "Pacific/Saipan", MQ: "America/Martinique",
  MR: "Africa/Nouakchott", MS: "America/Montserrat", MT: "Europe/Malta", MU: "Indian/Mauritius",
  MV: "Indian/Maldives", MW: "Africa/Blantyre", MY: "Asia/Kuala_Lumpur", MZ: "Africa/Maputo",
  NA: "Africa/Windhoek", NC: "Pacific/Noumea", NE: "Africa/Niamey", NF: "Pacific/Norfolk",
  NG: "Africa/Lagos", NI: "America/Managua", NL: "Europe/Amsterdam", NO: "Europe/Oslo",
  NP: "Asia/Kathmandu", NR: "Pacific/Nauru", NU: "Pacific/Niue", OM: "Asia/Muscat",
  PA: "America/Panama", PE: "America/Lima", PH: "Asia/Manila", PK: "Asia/Karachi",
  PL: "Europe/Warsaw", PM: "America/Miquelon", PN: "Pacific/Pitcairn", PR: "America/Puerto_Rico",
  PS: "Asia/Hebron", PW: "Pacific/Palau", PY: "America/Asuncion", QA: "Asia/Qatar",
  RE: "Indian/Reunion", RO: "Europe/Bucharest", RS: "Europe/Belgrade", RW: "Africa/Kigali",
  SA: "Asia/Riyadh", SB: "Pacific/Guadalcanal", SC: "Indian/Mahe", SD: "Africa/Khartoum",
  SE: "Europe/Stockholm", SG: "Asia/Singapore", SH: "Atlantic/St_Helena", SI: "Europe/Ljubljana",
  SJ: "Arctic/Longyearbyen", SK: "Europe/Bratislava", SL: "Africa/Freetown", SM: "Europe/San_Marino",
  SN: "Africa/Dakar", SO: "Africa/Mogadishu", SR: "America/Paramaribo", SS: "Africa/Juba",
  ST: "Africa/Sao_Tome", SV: "America/El_Salvador", SX: "America/Lower_Princes", SY: "Asia/Damascus",
  SZ: "Africa/Mbabane", TC: "America/Grand_Turk", TD: "Africa/Ndjamena", TF: "Indian/Kerguelen",
  TG: "Africa/Lome", TH: "Asia/Bangkok", TJ: "Asia/Dushanbe", TK: "Pacific/Fakaofo",
  TL: "Asia/Dili", TM: "Asia/Ashgabat", TN: "Africa/Tunis", TO: "Pacific/Tongatapu",
  TR: "Europe/Istanbul", TT: "America/Port_of_Spain", TV: "Pacific/Funafuti", TW: "Asia/Taipei",
  TZ: "Africa/Dar_es_Salaam", UG: "Africa/Kampala", UY: "America/Montevideo", UZ: "Asia/Tashkent",
  VA: "Europe/Vatican", VC: "America/St_Vincent", VE: "America/Caracas", VG: "America/Tortola",
  VI: "America/St_Thomas", VN: "Asia/Ho_Chi_Minh", VU: "Pacific/Efate", WF: "Pacific/Wallis",
  WS: "Pacific/Apia", YE: "Asia/Aden", YT: "Indian/Mayotte", ZA: "Africa/Johannesburg",
  ZM: "Africa/Lusaka", ZW: "Africa/Harare",
};

const NY = "America/New_York";
const CHI = "America/Chicago";
const DEN = "America/Denver";
const LA = "America/Los_Angeles";
const SP = "America/Sao_Paulo";
const FOR = "America/Fortaleza";
const MEX = "America/Mexico_City";
const MOW = "Europe/Moscow";

/** Regions (ISO 3166-2 subdivision codes, without the country prefix) with a single local time. */
export const REGION_ZONES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  US: {
    CT: NY, DE: NY, DC: NY, GA: NY, ME: NY, MD: NY, MA: NY, NH: NY, NJ: NY, NY: NY, NC: NY, OH: NY, PA: NY, RI: NY, SC: NY, VT: NY, VA: NY, WV: NY,
    AL: CHI, AR: CHI, IL: CHI, IA: CHI, LA: CHI, MN: CHI, MS: CHI, MO: CHI, OK: CHI, WI: CHI,
    CO: DEN, MT: DEN, NM: DEN, UT: DEN, WY: DEN,
    CA: LA, WA: LA,
    HI: "Pacific/Honolulu", PR: "America/Puerto_Rico", VI: "America/St_Thomas", GU: "Pacific/Guam", AS: "Pacific/Pago_Pago", MP: "Pacific/Saipan",
  },
  CA: { AB: "America/Edmonton", NT: "America/Edmonton", MB: "America/Winnipeg", NB: "America/Moncton", NS: "America/Halifax", PE: "America/Halifax", YT: "America/Whitehorse" },
  AU: { VIC: "Australia/Melbourne", QLD: "Australia/Brisbane", SA: "Australia/Adelaide", WA: "Australia/Perth", TAS: "Australia/Hobart", ACT: "Australia/Sydney", NT: "Australia/Darwin" },
  BR: {
    AC: "America/Rio_Branco", AL: "America/Maceio", SE: "America/Maceio", AP: "America/Belem", PA: "America/Belem", BA: "America/Bahia",
    CE: FOR, MA: FOR, PB: FOR, PI: FOR, RN: FOR, MS: "America/Campo_Grande", MT: "America/Cuiaba", RO: "America/Porto_Velho", RR: "America/Boa_Vista", TO: "America/Araguaina",
    DF: SP, ES: SP, GO: SP, MG: SP, PR: SP, RJ: SP, RS: SP, SC: SP, SP: SP,
  },
  MX: {
    AGU: MEX, CHP: MEX, CMX: MEX, COL: MEX, GRO: MEX, GUA: MEX, HID: MEX, JAL: MEX, MEX: MEX, MIC: MEX, MOR: MEX, OAX: MEX, PUE: MEX, QUE: MEX, SLP: MEX, TAB: MEX, TLA: MEX, VER: MEX, ZAC: MEX,
    CAM: "America/Merida", YUC: "America/Merida", DUR: "America/Monterrey", ROO: "America/Cancun", BCN: "America/Tijuana", BCS: "America/Mazatlan", SIN: "America/Mazatlan", SON: "America/Hermosillo",
  },
  RU: { MOW: MOW, SPE: MOW, MOS: MOW, LEN: MOW, KDA: MOW, TA: MOW, NIZ: MOW, ROS: MOW, KGD: "Europe/Kaliningrad", SAM: "Europe/Samara", SVE: "Asia/Yekaterinburg", CHE: "Asia/Yekaterinburg", NVS: "Asia/Novosibirsk", OMS: "Asia/Omsk", KYA: "Asia/Krasnoyarsk", IRK: "Asia/Irkutsk", PRI: "Asia/Vladivostok", KHA: "Asia/Vladivostok" },
  ES: {
    AN: "Europe/Madrid", AR: "Europe/Madrid", AS: "Europe/Madrid", CB: "Europe/Madrid", CL: "Europe/Madrid", CM: "Europe/Madrid", CT: "Europe/Madrid", EX: "Europe/Madrid", GA: "Europe/Madrid",
    IB: "Europe/Madrid", MC: "Europe/Madrid", MD: "Europe/Madrid", NC: "Europe/Madrid", PV: "Europe/Madrid", RI: "Europe/Madrid", VC: "Europe/Madrid",
    CN: "Atlantic/Canary", CE: "Africa/Ceuta", ML: "Africa/Ceuta",
  },
  PT: { "20": "Atlantic/Azores", "30": "Atlantic/Madeira", ...Object.fromEntries(Array.from({ length: 18 }, (_, i) => [String(i + 1).padStart(2, "0"), "Europe/Lisbon"])) },
  NZ: { ...Object.fromEntries(["AUK", "BOP", "CAN", "GIS", "HKB", "MBH", "MWT", "NSN", "NTL", "OTA", "STL", "TAS", "TKI", "WGN", "WKO", "WTC"].map((r) => [r, "Pacific/Auckland"])), CIT: "Pacific/Chatham" },
};

/** Full US state names, so "California" works as well as "CA". */
export const US_STATE_NAMES: Readonly<Record<string, string>> = {
  ALABAMA: "AL", ALASKA: "AK", ARIZONA: "AZ", ARKANSAS: "AR", CALIFORNIA: "CA", COLORADO: "CO", CONNECTICUT: "CT", DELAWARE: "DE", "DISTRICT OF COLUMBIA": "DC",
  FLORIDA: "FL", GEORGIA: "GA", HAWAII: "HI", IDAHO: "ID", ILLINOIS: "IL", INDIANA: "IN", IOWA: "IA", KANSAS: "KS", KENTUCKY: "KY", LOUISIANA: "LA", MAINE: "ME",
  MARYLAND: "MD", MASSACHUSETTS: "MA", MICHIGAN: "MI", MINNESOTA: "MN", MISSISSIPPI: "MS", MISSOURI: "MO", MONTANA: "MT", NEBRASKA: "NE", NEVADA: "NV",
  "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM", "NEW YORK": "NY", "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", OHIO: "OH", OKLAHOMA: "OK",
  OREGON: "OR", PENNSYLVANIA: "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD", TENNESSEE: "TN", TEXAS: "TX", UTAH: "UT", VERMONT: "VT",
  VIRGINIA: "VA", WASHINGTON: "WA", "WEST VIRGINIA": "WV", WISCONSIN: "WI", WYOMING: "WY", "PUERTO RICO": "PR",
};
