from ann_helpers import D, P, E, Q, PR, F

# New governments and first contacts in the week of 8-14 July 2024: credentials in Ulaanbaatar, Yoon and Starmer
# at the NATO summit, Qatar's first contacts with Iran's president-elect.
# s04: The UB Post, Sunday 14 July 2024
KAMIMURA, KHURELSUKH, BATTSETSEG, KISHIDA, OYUN = ("Shinichi Kamimura", "Ukhnaagiin Khurelsukh",
                                                  "Batmunkh Battsetseg", "Fumio Kishida",
                                                  "Luvsannamsrain Oyun-Erdene")
# s05: The Dong-A Ilbo, Friday 12 July 2024
YOON, STARMER, PUTIN, KIM, SUNAK = ("Yoon Suk Yeol", "Keir Starmer", "Vladimir Putin", "Kim Jong Un",
                                    "Rishi Sunak")
# s06: Gulf Times, Monday 8 July 2024
TAMIM, PEZESHKIAN, MBA, BAGHERI, KHULAIFI, DEHGHANI, JALILI, RAISI = (
    "Tamim bin Hamad al-Thani", "Masoud Pezeshkian", "Mohammed bin Abdulrahman bin Jassim al-Thani",
    "Ali Bagheri Kani", "Mohammed bin Abdulaziz al-Khulaifi", "Hamidreza Dehghani", "Saeed Jalili",
    "Ebrahim Raisi")

ANN = {
"s04_ubpost_mng_jpn.txt": {
    "document": D("2024-07-14", "The UB Post", None, "B.Khulan",
                  "New Japanese ambassador presents credentials as Battsetseg receives first foreign envoy"),
    "people": [
        P(KAMIMURA, "JPN", "Ambassador Extraordinary and Plenipotentiary of Japan to Mongolia"),
        P(KHURELSUKH, "MNG", "President"),
        P(BATTSETSEG, "MNG", "Minister of Foreign Affairs"),
        P(KISHIDA, "JPN", "Prime Minister"),
        P(OYUN, "MNG", "Prime Minister of Mongolia"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-07-10", [KAMIMURA], [KHURELSUKH, "MNG"], "Ulaanbaatar",
          "presented his letter of credence to President Ukhnaagiin Khurelsukh at the State Palace on Wednesday"),
        E(["CONSULT"], ["visit"], "2024-07-11", [KAMIMURA], [BATTSETSEG, "MNG"], "Ulaanbaatar",
          "On Thursday, the ambassador was received by Minister of Foreign Affairs Batmunkh Battsetseg"),
        E(["AGREE"], [], "2024-07-11", [KAMIMURA, BATTSETSEG, "JPN", "MNG"], [], "Ulaanbaatar",
          "The two sides agreed to hold the next round of the Mongolia-Japan strategic dialogue in Tokyo before the end of the year"),
        E(["SUPPORT"], [], "2024-07-08", [KISHIDA, "JPN"], [OYUN, "MNG"], None,
          "Japanese Prime Minister Fumio Kishida also sent a letter of congratulations on Monday to Luvsannamsrain Oyun-Erdene"),
        E(["CONSULT"], ["visit"], "2022-11", [KHURELSUKH], ["JPN"], "Tokyo",
          "his state visit to Tokyo in November 2022"),
        E(["SUPPORT"], [], "2022-11", [KHURELSUKH, "MNG", "JPN"], [], "Tokyo",
          "special strategic partnership, which was agreed during his state visit to Tokyo in November 2022"),
        E(["SUPPORT"], [], "1972-02-24", ["MNG", "JPN"], [], None,
          "Mongolia and Japan established diplomatic relations on February 24, 1972"),
        E(["SUPPORT"], [], "2016-06", ["MNG", "JPN"], [], None,
          "Their Economic Partnership Agreement, the first such agreement Mongolia signed with any country, entered into force in June 2016"),
    ],
    "quotes": [
        Q(KAMIMURA, "I come to Ulaanbaatar at a moment when both our countries are looking for reliable partners. Japan wants to be the partner Mongolia can count on, in good years and difficult ones,"),
        Q(BATTSETSEG, "Japan was one of the first countries to stand with Mongolia after our democratic transition, and that has not been forgotten. I want my first year to bring concrete results with Tokyo,"),
    ],
    "proposals": [],
    "figures": [
        F("Mongolia-Japan trade", 656000000, "USD", "2023", "exact"),
        F("Japanese yen loan for the New Ulaanbaatar International Airport", 65600000000, "JPY", None, "about"),
        F("share of cars on Mongolian roads imported from Japan", 70, "percent", None, "about"),
    ],
},
"s05_donga_kor_gbr.txt": {
    "document": D("2024-07-12", "The Dong-A Ilbo", None, "Park Min-jae",
                  "Yoon, Starmer hold first summit in Washington, agree to speed up FTA upgrade"),
    "people": [
        P(YOON, "KOR", "President"),
        P(STARMER, "GBR", "Prime Minister"),
        P(PUTIN, "RUS", "President"),
        P(KIM, "PRK", "leader"),
        P(SUNAK, "GBR", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["multilateral"], "2024-07-11", [YOON, STARMER], [], "Washington",
          "President Yoon Suk Yeol held his first summit with new British Prime Minister Keir Starmer on Thursday in Washington"),
        E(["AGREE"], [], "2024-07-11", [YOON, STARMER, "KOR", "GBR"], [], "Washington",
          "Yoon and Starmer agreed to conclude the upgrade talks"),
        E(["SUPPORT"], [], "2024-06-19", [PUTIN, KIM, "RUS", "PRK"], [], "Pyongyang",
          "the treaty on comprehensive strategic partnership signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang on June 19"),
        E(["SUPPORT"], [], "2024-07-05", [YOON, "KOR"], [STARMER, "GBR"], None,
          "Yoon had sent Starmer a letter of congratulations on July 5"),
        E(["CONSULT"], ["visit"], "2023-11", [YOON], ["GBR"], None,
          "During Yoon's state visit to Britain last November"),
        E(["SUPPORT"], [], "2023-11", [YOON, SUNAK, "KOR", "GBR"], [], None,
          "he and then Prime Minister Rishi Sunak signed the Downing Street Accord"),
        E(["SUPPORT"], [], "2021-01", ["KOR", "GBR"], [], None,
          "The bilateral free trade agreement took effect in January 2021"),
        E(["CONSULT"], [], "2024-01", ["KOR", "GBR"], [], "Seoul",
          "the first round of negotiations to upgrade it was held in Seoul in January this year"),
        E(["AID", "COOPERATE"], [], "1950", ["GBR"], ["KOR"], None,
          "More than 56,000 British troops fought for South Korea in the 1950-53 Korean War"),
    ],
    "quotes": [
        Q(YOON, "Korea and the U.K. are on opposite ends of Eurasia, but we face the same threats and share the same values. I hope we will turn the Downing Street Accord into results people can feel,"),
        Q(STARMER, "The relationship you built with my predecessor was a good one, and I intend to make it even stronger. Britain's commitment to the security of the Korean Peninsula does not change with the government,"),
    ],
    "proposals": [],
    "figures": [
        F("trade between South Korea and Britain", 15100000000, "USD", "2023", "about"),
        F("new British investment pledges in Korea", 1200000000, "USD", "2023", "exact"),
        F("British troops who fought in the Korean War", 56000, "people", None, "over"),
        F("British troops killed in the Korean War", 1078, "people", None, "exact"),
    ],
},
"s06_gulftimes_qat_irn.txt": {
    "document": D("2024-07-08", "Gulf Times", "Doha", None,
                  "Amir invites Iran's president-elect to Doha; PM holds call with Bagheri Kani"),
    "people": [
        P(TAMIM, "QAT", "Amir"),
        P(PEZESHKIAN, "IRN", "president-elect"),
        P(MBA, "QAT", "Prime Minister and Minister of Foreign Affairs"),
        P(BAGHERI, "IRN", "acting Foreign Minister"),
        P(KHULAIFI, "QAT", "Minister of State at the Ministry of Foreign Affairs"),
        P(DEHGHANI, "IRN", "Ambassador to Qatar"),
        P(JALILI, "IRN"),
        P(RAISI, "IRN", "President"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2024-07-06", [TAMIM, PEZESHKIAN], [], None,
          "in a phone call on Saturday in which His Highness congratulated him on winning the presidential election"),
        E(["AGREE"], [], "2024-07-06", [PEZESHKIAN], [TAMIM, "QAT"], None,
          "invited Iran's president-elect Dr Masoud Pezeshkian to visit Qatar ... and Dr Pezeshkian accepted the invitation"),
        E(["SUPPORT"], [], "2024-07-06", [TAMIM, "QAT"], [PEZESHKIAN, "IRN"], None,
          "His Highness the Amir also sent a cable of congratulations to the president-elect on Saturday"),
        E(["CONSULT"], ["phone"], "2024-07-07", [MBA, BAGHERI], [], None,
          "held a phone call with Iran's acting Foreign Minister Dr Ali Bagheri Kani"),
        E(["CONSULT"], ["visit"], "2024-07-07", [DEHGHANI], [KHULAIFI, "QAT"], "Doha",
          "received Iran's Ambassador to Qatar Hamidreza Dehghani in Doha on Sunday"),
        E(["CONSULT"], ["visit"], "2020-01", [TAMIM], ["IRN"], "Tehran",
          "His Highness the Amir paid a visit to Tehran in January 2020"),
        E(["CONSULT"], ["visit"], "2022-02", [RAISI], ["QAT"], "Doha",
          "President Raisi visited Doha in February 2022 for the summit of the Gas Exporting Countries Forum"),
        E(["RETREAT"], ["release"], "2023-09", ["IRN", "USA"], [], None,
          "Qatar's mediation led to the exchange of five prisoners between Iran and the United States in September 2023"),
    ],
    "quotes": [
        Q(DEHGHANI, "The first calls Dr Pezeshkian received from the region came from Doha, and that says a great deal about the two countries. The door between Tehran and Doha has always been open, and it will stay open,"),
    ],
    "proposals": [],
    "figures": [
        F("Pezeshkian's share of the vote in the run-off", 54, "percent", "2024-07-05", "about"),
        F("votes won by Pezeshkian in the run-off", 16000000, "votes", "2024-07-05", "over"),
        F("turnout in the run-off", 49.8, "percent", "2024-07-05", "exact"),
        F("prisoners exchanged between Iran and the United States", 5, "people", "2023-09", "exact"),
        F("Iranian funds transferred from South Korea to banks in Doha", 6000000000, "USD", "2023-09", "about"),
    ],
},
}
