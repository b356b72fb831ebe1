from ann_helpers import D, P, E, Q, PR, F

# A consultation memorandum and a pipeline on the UN sidelines, a state visit after the General Assembly, and a
# snub over an inauguration guest list, in late September 2024.
# s07: Hespress English, Friday 27 September 2024
BOURITA, TUGGAR, M6, TINUBU, BUHARI = ("Nasser Bourita", "Yusuf Maitama Tuggar", "Mohammed VI", "Bola Tinubu",
                                       "Muhammadu Buhari")
# s08: Việt Nam News (HAVANA lead, VNS credit), Friday 27 September 2024
TOLAM, DIAZCANEL, MORALES, MARRERO = ("Tô Lâm", "Miguel Díaz-Canel", "Roberto Morales Ojeda",
                                      "Manuel Marrero Cruz")
LAZO, RODRIGUEZ, CASTRO = "Esteban Lazo Hernández", "Bruno Rodríguez Parrilla", "Fidel Castro"
# s09: EL PAÍS English (Mexico City line), Wednesday 25 September 2024
SHEINBAUM, FELIPE, AMLO = "Claudia Sheinbaum", "Felipe VI", "Andrés Manuel López Obrador"
SANCHEZ, ROBLES, ALBARES = "Pedro Sánchez", "Margarita Robles", "José Manuel Albares"

ANN = {
"s07_hespress_mar_nga.txt": {
    "document": D("2024-09-27", "Hespress English", None, "Samira El Ouardi",
                  "Bourita and Tuggar sign consultation pact in New York, set date for pipeline steering committee"),
    "people": [
        P(BOURITA, "MAR", "Minister of Foreign Affairs"),
        P(TUGGAR, "NGA"),
        P(M6, "MAR", "King"),
        P(TINUBU, "NGA", "President"),
        P(BUHARI, "NGA", "president"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-09-26", [BOURITA, TUGGAR, "MAR", "NGA"], [], "New York",
          "signed a memorandum of understanding on Thursday setting up regular political consultations between their two ministries"),
        E(["CONSULT"], ["multilateral"], "2024-09-26", [BOURITA, TUGGAR], [], "New York",
          "The talks, which a Moroccan diplomatic source described as long and detailed"),
        E(["AGREE"], [], "2024-09-26", [BOURITA, TUGGAR, "MAR", "NGA"], [], "New York",
          "The two ministers agreed that the project's joint steering committee would meet in Rabat in December"),
        E(["AGREE"], [], "2024-09-26", [BOURITA, M6, "MAR"], [TUGGAR, TINUBU, "NGA"], "New York",
          "Bourita also conveyed to Tuggar an invitation from King Mohammed VI to President Bola Tinubu to pay a state visit to Morocco"),
        E(["CONSULT"], ["visit"], "2016-12", [M6], [BUHARI, "NGA"], "Abuja",
          "King Mohammed VI visited Abuja in December 2016"),
        E(["SUPPORT"], [], "2016-12", [M6, BUHARI, "MAR", "NGA"], [], "Abuja",
          "where he and then-president Muhammadu Buhari signed the agreement to study the project"),
        E(["CONSULT"], ["visit"], "2018-06", [BUHARI], ["MAR"], "Rabat",
          "Buhari came to Rabat in June 2018"),
        E(["SUPPORT"], [], "2018-06", ["MAR", "NGA"], [], "Rabat",
          "the two sides signed a further cooperation agreement on the route during that visit"),
    ],
    "quotes": [
        Q(BOURITA, "This pipeline is not a Moroccan project or a Nigerian project. It is an African project, and every country along the coast will take its share of the energy and the jobs,"),
        Q(TUGGAR, "We have gas in abundance and a continent that still cooks on firewood. Nigeria intends to see this pipeline through,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the Nigeria-Morocco gas pipeline", 6000, "kilometres", None, "about"),
        F("countries crossed by the pipeline", 13, "countries", None, "exact"),
        F("annual capacity of the pipeline", 30000000000, "cubic meters", None, "under"),
        F("estimated cost of the pipeline", 25000000000, "USD", None, "about"),
        F("Moroccan exports to Nigeria", 3200000000, "MAD", "2023", "about"),
        F("Moroccan imports from Nigeria", 400000000, "MAD", "2023", "under"),
        F("Bourita's bilateral meetings in New York this week", 30, "meetings", "2024-09", "about"),
    ],
},
"s08_vietnamnews_vnm_cub.txt": {
    "document": D("2024-09-27", "Việt Nam News", "Havana", None,
                  "Việt Nam, Cuba sign seven documents as Party chief Tô Lâm holds talks in Havana"),
    "people": [
        P(TOLAM, "VNM", "Party General Secretary", "State President"),
        P(DIAZCANEL, "CUB", "First Secretary of the Communist Party of Cuba Central Committee", "President"),
        P(MORALES, "CUB", "Organisation Secretary of the PCC Central Committee"),
        P(MARRERO, "CUB", "Prime Minister"),
        P(LAZO, "CUB", "President of the National Assembly of People's Power"),
        P(RODRIGUEZ, "CUB", "Foreign Minister"),
        P(CASTRO, "CUB"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-09-25", [TOLAM], [MORALES, "CUB"], "Havana",
          "Tô Lâm arrived in the Cuban capital on the evening of September 25 for a state visit"),
        E(["CONSULT"], ["visit"], "2024-09-26", [TOLAM], [DIAZCANEL], "Havana",
          "held talks with First Secretary of the Communist Party of Cuba Central Committee and President Miguel Díaz-Canel in Havana on September 26"),
        E(["SUPPORT"], [], "2024-09-26", [TOLAM, DIAZCANEL, "VNM", "CUB"], [], "Havana",
          "the two leaders witnessed the signing of seven cooperation documents ... They also adopted a joint statement"),
        E(["REQUEST"], ["change"], "2024-09-26", ["VNM", "CUB"], ["USA"], "Havana",
          "which called on the United States to lift its embargo on Cuba"),
        E(["AGREE", "AID"], [], "2024-09-26", [TOLAM, "VNM"], ["CUB"], "Havana",
          "Tô Lâm announced that Việt Nam would give Cuba 5,000 tonnes of rice"),
        E(["CONSULT"], ["visit"], "2024-09-26", [TOLAM], [MARRERO], "Havana",
          "On the same day, Tô Lâm met Prime Minister Manuel Marrero Cruz"),
        E(["CONSULT"], ["visit"], "2024-09-26", [TOLAM], [LAZO], "Havana",
          "President of the National Assembly of People's Power Esteban Lazo Hernández"),
        E(["CONSULT"], ["visit"], "2024-09-24", [RODRIGUEZ], [TOLAM], "New York",
          "Before leaving New York, Tô Lâm received Cuban Foreign Minister Bruno Rodríguez Parrilla on September 24"),
        E(["SUPPORT"], [], "1960-12-02", ["VNM", "CUB"], [], None,
          "Việt Nam and Cuba established diplomatic relations on December 2, 1960"),
        E(["CONSULT"], ["visit"], "1973-09", [CASTRO, "CUB"], ["VNM"], "Quảng Trị",
          "In September 1973, leader Fidel Castro became the only foreign leader to visit the liberated zone of Quảng Trị"),
    ],
    "quotes": [
        Q(TOLAM, "Việt Nam will never forget that Cuba stood beside us when we had nothing. Today, helping Cuba is not charity, it is the repayment of a debt of honour,"),
        Q(DIAZCANEL, "Vietnamese companies already produce rice, detergents and solar power on our soil. We want many more of them here,"),
    ],
    "proposals": [],
    "figures": [
        F("cooperation documents signed in Havana", 7, "documents", "2024-09-26", "exact"),
        F("rice to be given by Việt Nam to Cuba", 5000, "tonnes", "2024-09-26", "exact"),
        F("Việt Nam-Cuba two-way trade", 280000000, "USD", "2023", "about"),
        F("Vietnamese investment projects in Cuba", 20, "projects", None, "about"),
    ],
},
"s09_elpais_esp_mex.txt": {
    "document": D("2024-09-25", "El País", "Mexico City", "Alberto Nájera",
                  "Sheinbaum stands by her decision to leave King Felipe VI off her inauguration guest list"),
    "people": [
        P(SHEINBAUM, "MEX", "president-elect"),
        P(FELIPE, "ESP", "King"),
        P(AMLO, "MEX", "President"),
        P(SANCHEZ, "ESP", "Prime Minister"),
        P(ROBLES, "ESP", "Defence Minister"),
        P(ALBARES, "ESP", "Foreign Minister"),
    ],
    "events": [
        E(["REJECT", "ACCUSE"], ["meet", "disapprove"], "2024-09-24", ["ESP"], ["MEX"], None,
          "In a statement issued on Tuesday evening, Spain's Ministry of Foreign Affairs described the exclusion of the head of state as unacceptable and said Spain would not take part in the inauguration at any level"),
        E(["REJECT", "ACCUSE"], [], "2024-09-25", [SHEINBAUM, "MEX"], [FELIPE, "ESP"], "Mexico City",
          "Sheinbaum rejected Madrid's complaint and blamed the king for the rift"),
        E(["REJECT"], ["meet"], "2024-09", ["MEX"], [FELIPE, "ESP"], None,
          "The list of foreign guests, which Mexico's foreign ministry published last week, left out the monarch"),
        E(["REQUEST"], ["change"], "2019-03", [AMLO, "MEX"], [FELIPE, "ESP"], None,
          "In March 2019, López Obrador sent a letter to Felipe VI asking Spain to apologize for the abuses committed during the conquest"),
        E(["REJECT"], ["change"], "2019-03", ["ESP"], ["MEX"], None,
          "The Spanish government rejected that request in a statement at the time"),
        E(["CONSULT"], ["visit"], "2018-12-01", [FELIPE], [AMLO, "MEX"], None,
          "Felipe VI attended López Obrador's own inauguration on December 1, 2018"),
        E(["SANCTION", "ACCUSE"], ["discontinue"], "2022-02", [AMLO, "MEX"], ["ESP"], None,
          "in February 2022 López Obrador announced a pause in ties with Spain, accusing Spanish companies of treating Mexico as conquered land"),
    ],
    "quotes": [
        Q(SHEINBAUM, "In 2019, President López Obrador wrote to the king proposing a path of reconciliation. He never received a reply, not even an acknowledgment. That silence is what offended Mexico,"),
        Q(ALBARES, "Our relationship with Mexico is far larger than one ceremony. But Spain does not accept that its head of state can be treated as a guest of second rank,"),
    ],
    "proposals": [],
    "figures": [
        F("Spanish companies operating in Mexico", 7000, "companies", None, "about"),
        F("Spanish investment in Mexico", 4100000000, "USD", "2023", "about"),
    ],
},
}
