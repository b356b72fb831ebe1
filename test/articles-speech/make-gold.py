#!/usr/bin/env python3
"""Writes gold/<file>.json for the articles in corpus/ (the annotations live here, in one place).
Run from this folder: python3 make-gold.py. Only document, quotes, proposals and figures are annotated
(people and events are absent, so `dyad eval` leaves those rows out; see README). The script checks that
every quote occurs verbatim in its article and every proposal text occurs in it."""
import json, os, re

def q(speaker, text):
    return {"speaker": speaker, "text": text}

def pr(speaker, *items):
    return [{"speaker": speaker, "ordinal": i + 1, "text": t} for i, t in enumerate(items)]

def f(measure, value, unit, period, qualifier="exact"):
    return {"measure": measure, "value": value, "unit": unit, "period": period, "qualifier": qualifier}

B, M, T = 1e9, 1e6, 1e12
# document.source is the outlet the text names (../shared/spec/gold-format.md: "null when the text does
# not say"): seven articles are written in an outlet's house style but never print its name (no title
# suffix, credit, copyright or sign-off; "she told Dawn" in the body is no credit), so their source is null.
G = {}

G["s01_thehindu_ind_jpn.txt"] = dict(
    document=dict(published="2025-08-30", source="The Hindu", dateline="Tokyo", byline="Kallol Bhattacherjee",
                  title="India, Japan set 10 trillion yen investment target as Modi, Ishiba hold summit"),
    quotes=[q("Narendra Modi", "India and Japan are not just partners of convenience; we are partners of conviction,"),
            q("Narendra Modi", "Japanese technology and Indian talent are a natural combination."),
            q("Shigeru Ishiba", "the most reliable partner"),
            q("Narendra Modi", "The bullet train is the symbol of our friendship,"),
            q("Vikram Misri", "We have received assurances that these cases will be looked at with sympathy,")],
    proposals=pr("Shigeru Ishiba", "double two-way investment",
                 "build joint supply chains for semiconductors and critical minerals",
                 "bring more skilled Indian workers to Japanese factories and hospitals",
                 "hold regular talks between the two national security advisers"),
    figures=[f("Japanese private investment target in India over ten years", 10 * T, "JPY", None),
             f("Japanese private investment target in India over ten years", 6 * T, "INR", None, "about"),
             f("documents signed by India and Japan", 13, "documents", "2025"),
             f("India-Japan bilateral trade in 2024-25", 22.8 * B, "USD", None),
             f("Indian exports to Japan in 2024-25", 6.3 * B, "USD", None, "about"),
             f("Japanese FDI into India in fiscal 2023-24", 270 * B, "INR", None),
             f("Japanese FDI into India in fiscal 2023-24, growth", 14, "percent", None),
             f("Japanese loans for the Mumbai-Ahmedabad high-speed rail project", 880 * B, "INR", "2025")])

G["s02_anadolu_tur_irq.txt"] = dict(
    document=dict(published="2026-01-15", source=None, dateline="Ankara", byline="Ahmet Gencturk",
                  title="Türkiye, Iraq sign 24 agreements as Erdogan hosts Sudani in Ankara"),
    quotes=[q("Recep Tayyip Erdogan", "We have taken historic steps today. The Development Road will change the fate of the region, not only of Türkiye and Iraq,"),
            q("Recep Tayyip Erdogan", "Terrorism,"),
            q("Recep Tayyip Erdogan", "has no place in the future we are building together."),
            q("Mohammed Shia al-Sudani", "a strategic partnership in every sense."),
            q("Alparslan Bayraktar", "We are sharing what we have. Our own reservoirs are at their lowest level in 30 years,")],
    proposals=pr("Mohammed Shia al-Sudani", "completing the Development Road on schedule",
                 "a fair sharing of the waters of the Tigris and Euphrates",
                 "ending the presence of the PKK terror group on Iraqi soil"),
    figures=[f("agreements signed by Turkiye and Iraq", 24, "agreements", "2026"),
             f("annual trade volume target", 30 * B, "USD", None),
             f("Turkiye-Iraq bilateral trade", 19.6 * B, "USD", "2025"),
             f("Turkiye-Iraq bilateral trade, growth", 3.2, "percent", "2025"),
             f("Turkish exports to Iraq in the first half", 6.1 * B, "USD", "2025"),
             f("estimated cost of the Development Road", 17 * B, "USD", None, "about"),
             f("fall in the flow of the Tigris over two decades", 40, "percent", None, "under"),
             f("documents signed by Erdogan and al-Sudani in Baghdad", 26, "documents", "2024")])

G["s03_standard_ken_som.txt"] = dict(
    document=dict(published="2026-02-11", source=None, dateline=None, byline="Mercy Kahenda",
                  title="Ruto, Hassan Sheikh agree to reopen border, tackle al-Shabaab together"),
    quotes=[q("William Ruto", "Somalia is not our problem; Somalia is our neighbour and our brother,"),
            q("William Ruto", "The closure of the border has punished traders more than it has punished terrorists."),
            q("Hassan Sheikh Mohamud", "We want our people to go home, but only when home is safe,")],
    proposals=pr("Hassan Sheikh Mohamud", "joint patrols along the 680-kilometre border",
                 "the return of refugees who wish to go home, in safety and dignity",
                 "direct flights between Mogadishu and Mombasa",
                 "a trade agreement to cut the cost of moving goods between the two countries"),
    figures=[f("Somali refugees in the Dadaab and Kakuma camps", 420000, "people", "2026", "about"),
             f("Kenya-Somalia trade", 38.5 * B, "KES", "2025"),
             f("Kenya-Somalia trade", 31 * B, "KES", "2024"),
             f("suspected al-Shabaab operatives arrested since January", 64, "people", "2026"),
             f("police officers killed near the border", 12, "people", "2025"),
             f("agreements signed by Kenya and Somalia", 5, "agreements", "2026"),
             f("Kenyan troops in AUSSOM", 3500, "people", "2026"),
             f("AUSSOM budget", 190 * M, "USD", "2026", "about")])

G["s04_reuters_bra_arg.txt"] = dict(
    document=dict(published="2025-11-18", source="Reuters", dateline="Brasilia", byline="Lisandra Paraguassu and Nicolás Misculin",
                  title="Lula, Milei bury the hatchet over Vaca Muerta gas, trade spat"),
    quotes=[q("Luiz Inácio Lula da Silva", "We don't have to agree on everything,"),
            q("Luiz Inácio Lula da Silva", "to agree that Brazil needs gas and Argentina needs customers."),
            q("Javier Milei", "communist"),
            q("Javier Milei", "corrupt,"),
            q("Javier Milei", "The past is the past. What matters now is business,"),
            q("Javier Milei", "very productive."),
            q("Luis Caputo", "We are talking about real money, not promises,"),
            q("Mauro Vieira", "It is a legal matter, not a political one,"),
            q("Mauro Vieira", "Brazil trusts Argentina's courts.")],
    proposals=[],
    figures=[f("Brazil-Argentina trade, fall", 12, "percent", "2024"),
             f("Brazil-Argentina trade", 27.1 * B, "USD", "2024"),
             f("Brazil-Argentina trade", 30.8 * B, "USD", "2023"),
             f("Brazil-Argentina trade in January-September", 22.4 * B, "USD", "2025"),
             f("investment proposals for the gas project", 4.2 * B, "USD", "2025", "over"),
             f("Brazilians convicted over the riots who fled to Argentina", 180, "people", "2025", "about"),
             f("people Brazil asked Argentina to extradite", 61, "people", "2025")])

G["s05_reuters_eu_chn.txt"] = dict(
    document=dict(published="2025-07-24", source="Reuters", dateline="Beijing", byline="Philip Blenkinsop and Joe Cash",
                  title="EU, China leaders clash over trade imbalance at Beijing summit"),
    quotes=[q("Ursula von der Leyen", "an inflection point."),
            q("Ursula von der Leyen", "As our cooperation has deepened, so have imbalances,"),
            q("Ursula von der Leyen", "Europe values its relationship with China. But for it to remain sustainable, it has to be mutually beneficial."),
            q("Xi Jinping", "the current challenges facing Europe do not come from China,"),
            q("António Costa", "frank and open,"),
            q("António Costa", "We need a rebalancing. Not decoupling."),
            q("Li Qiang", "We have never pursued a trade surplus on purpose,")],
    proposals=pr("Xi Jinping", "keep up mutual respect and consolidate the political foundation",
                 "stay open and properly handle differences and frictions",
                 "uphold multilateralism and jointly safeguard the international order"),
    figures=[f("EU goods trade deficit with China", 305.8 * B, "EUR", "2024"),
             f("EU exports to China, fall", 4.5, "percent", "2024"),
             f("China-EU trade", 5.51 * T, "CNY", "2024"),
             f("China-EU trade", 768 * B, "USD", "2024"),
             f("factories in the EU that halted production", 46, "factories", "2025", "over"),
             f("EU tariffs on Chinese-made electric vehicles", 35.3, "percent", "2024"),
             f("documents agreed at the summit", 2, "documents", "2025")])

G["s06_ap_usa_mex.txt"] = dict(
    document=dict(published="2025-02-04", source="AP", dateline="Mexico City", byline="Mark Stevenson and Megan Janetsky",
                  title="Mexico sends 10,000 troops to border as Sheinbaum, Trump envoy discuss fentanyl and tariffs"),
    quotes=[q("Claudia Sheinbaum", "We are not doing this because anyone ordered us to,"),
            q("Claudia Sheinbaum", "We are doing it because fentanyl kills young people on both sides of the border."),
            q("Karoline Leavitt", "a big win for the American people."),
            q("Juan Ramón de la Fuente", "Ric told me, 'The president wants a deal,' and I believe him,"),
            q("Omar García Harfuch", "The results are there,"),
            q("Omar García Harfuch", "We will keep going.")],
    proposals=pr("Juan Ramón de la Fuente", "the United States do more to stop the flow of guns south",
                 "deportations be carried out in an orderly way",
                 "the tariffs be dropped for good, not just paused",
                 "Mexican consulates be given access to detained migrants"),
    figures=[f("National Guard troops deployed to the northern border", 10000, "people", "2025"),
             f("threatened US tariffs on Mexican goods", 25, "percent", None),
             f("US-Mexico trade", 839.9 * B, "USD", "2024"),
             f("Mexican exports to the US, growth", 5.3, "percent", "2024"),
             f("Americans who died of overdoses involving synthetic opioids", 74000, "people", "2023", "over"),
             f("share of weapons seized from cartels bought in the US", 70, "percent", "2025", "about"),
             f("people arrested for drug trafficking", 1500, "people", "2025"),
             f("drugs seized", 11, "tons", "2025", "over"),
             f("Mexicans deported from the US received since Jan. 20", 4000, "people", "2025", "about")])

G["s07_tass_rus_kaz.txt"] = dict(
    document=dict(published="2025-11-12", source="TASS", dateline="Astana", byline=None,
                  title="Putin, Tokayev sign declaration on comprehensive strategic partnership"),
    quotes=[q("Vladimir Putin", "Kazakhstan is our closest ally and strategic partner, and relations between our countries are at an unprecedentedly high level,"),
            q("Kassym-Jomart Tokayev", "a reliable and time-tested ally."),
            q("Kassym-Jomart Tokayev", "I am sure that the implementation of these agreements will give a powerful impetus to our economies,"),
            q("Dmitry Peskov", "Energy is the backbone of our cooperation,")],
    proposals=pr("Kassym-Jomart Tokayev",
                 "Increasing the supply of Russian gas to the northern and eastern regions of Kazakhstan",
                 "Building the first nuclear power plant in Kazakhstan with the participation of Rosatom",
                 "Modernizing the transit corridors to China and Central Asia",
                 "Expanding cooperation between universities, including the opening of branches of Russian universities"),
    figures=[f("Russia-Kazakhstan trade", 27.8 * B, "USD", "2024", "over"),
             f("Russia-Kazakhstan trade in January-September, growth", 3.7, "percent", "2025"),
             f("share of payments in rubles and tenge", 90, "percent", "2025", "under"),
             f("intergovernmental documents exchanged", 12, "documents", "2025"),
             f("Russian investment in Kazakhstan", 21 * B, "USD", "2025", "about"),
             f("Russian tourists visiting Kazakhstan each year", 850000, "people", "2025", "about"),
             f("Russians living in Kazakhstan", 2.9 * M, "people", "2025", "about"),
             f("estimated value of the nuclear plant project", 1.2 * T, "KZT", None, "about")])

G["s08_news24_zaf_nga.txt"] = dict(
    document=dict(published="2025-12-03", source="News24", dateline=None, byline="Jan Gerber",
                  title="Ramaphosa, Tinubu revive binational commission, vow to end xenophobic attacks"),
    quotes=[q("Cyril Ramaphosa", "We are one people with one destiny. What happens to a Nigerian in Johannesburg happens to a South African in Lagos,"),
            q("Bola Tinubu", "too important to be left on autopilot."),
            q("Bola Tinubu", "Never again,"),
            q("Bola Tinubu", "We will not let criminals define our relations."),
            q("Vincent Magwenya", "The first meeting will take place in Abuja in the first quarter of 2026,")],
    proposals=pr("Bola Tinubu", "simplify visa rules for business travellers",
                 "support each other's companies through reciprocal trade missions",
                 "protect migrants through a joint monitoring mechanism"),
    figures=[f("memoranda of understanding signed", 8, "memoranda of understanding", "2025"),
             f("South African companies' investment in Nigeria", 120 * B, "ZAR", "2025", "over"),
             f("South Africa-Nigeria trade", 78.4 * B, "ZAR", "2024"),
             f("South Africa-Nigeria trade", 91 * B, "ZAR", "2023"),
             f("people killed in the 2019 xenophobic violence", 12, "people", "2019", "over"),
             f("Nigerians repatriated", 600, "people", "2019", "about"),
             f("Nigeria's trade target with South Africa", 10 * T, "NGN", None),
             f("Nigerians living in South Africa", 30000, "people", "2025", "about")])

G["s09_abc_aus_idn.txt"] = dict(
    document=dict(published="2026-02-05", source=None, dateline=None, byline="Ake Prihantari and Tom Lowrey",
                  title="Albanese and Prabowo sign defence treaty in Jakarta, promise 'new era' in ties"),
    quotes=[q("Anthony Albanese", "a watershed moment"),
            q("Anthony Albanese", "Indonesia's security is Australia's security, and Australia's security is Indonesia's security,"),
            q("Prabowo Subianto", "a new era"),
            q("Prabowo Subianto", "since I was a young officer"),
            q("Richard Marles", "First, a joint maritime patrol in the Arafura Sea. Second, more places for Indonesian officers at our defence college. Third, a hotline between our two defence forces,"),
            q("Richard Marles", "It is a treaty between friends. It is not aimed at anyone,"),
            q("Sussan Ley", "The devil, as always, is in the detail,")],
    proposals=pr("Richard Marles", "a joint maritime patrol in the Arafura Sea",
                 "more places for Indonesian officers at our defence college",
                 "a hotline between our two defence forces"),
    figures=[f("Australian funding for climate and clean energy projects in eastern Indonesia over four years", 120 * M, "AUD", None),
             f("Australia-Indonesia two-way trade", 18.4 * B, "AUD", "2025"),
             f("Indonesian students at Australian universities", 20000, "people", "2026", "over"),
             f("Indonesian investment in a naval base in North Natuna", 2.1 * T, "IDR", "2026")])

G["s10_ahram_egy_eth.txt"] = dict(
    document=dict(published="2026-03-09", source="Ahram Online", dateline=None, byline=None,
                  title="Egypt presents four-point plan to Ethiopia on GERD operation, rejects 'unilateral' filling"),
    quotes=[q("Hani Sewilam", "Egypt will not accept any unilateral measures that harm its water security,"),
            q("Hani Sewilam", "The Nile is a matter of life for 108 million Egyptians."),
            q("Abraha Adugna", "no intention of harming downstream countries."),
            q("Badr Abdelatty", "the first step must be a binding agreement.")],
    proposals=pr("Hani Sewilam", "a legally binding agreement on the filling and operation of the dam",
                 "a mechanism to share data on water releases in real time",
                 "special rules for drought years",
                 "an independent body to settle disputes"),
    figures=[f("population of Egypt", 108 * M, "people", "2026"),
             f("electricity generated by the GERD since February 2022", 12000, "gigawatt-hours", "2026", "over"),
             f("share of Egypt's fresh water from the Nile", 97, "percent", "2026", "about"),
             f("Egypt's annual share of Nile water", 55.5 * B, "cubic metres", "2026"),
             f("cost of the GERD", 4.2 * B, "USD", None),
             f("Egypt's imports from Ethiopia in fiscal 2024/2025", 3.2 * B, "EGP", None),
             f("Egyptian investments in Ethiopia", 2.8 * B, "USD", "2026", "about")])

G["s11_xinhua_chn_zaf.txt"] = dict(
    document=dict(published="2025-09-04", source="Xinhua", dateline="Beijing", byline=None,
                  title="Xi, Ramaphosa hold talks, pledge to build high-level China-South Africa community with shared future"),
    quotes=[q("Xi Jinping", "China and South Africa are good friends who share weal and woe, and good partners who pursue common development,"),
            q("Cyril Ramaphosa", "South Africa is proud to be China's comprehensive strategic partner,")],
    proposals=pr("Xi Jinping",
                 "consolidate political mutual trust and firmly support each other on issues concerning their respective core interests and major concerns",
                 "deepen practical cooperation in such fields as new energy, the digital economy, agriculture and vocational training",
                 "strengthen coordination in multilateral affairs, including within BRICS and the Group of 20, and jointly uphold the common interests of developing countries"),
    figures=[f("cooperation documents signed", 18, "documents", "2025"),
             f("China-South Africa trade", 52.5 * B, "USD", "2024"),
             f("China's direct investment stock in South Africa", 10 * B, "USD", "2024", "over"),
             f("China's imports of South African citrus in the first seven months, growth", 21.6, "percent", "2025")])

G["s12_yonhap_kor_jpn.txt"] = dict(
    document=dict(published="2025-09-30", source="Yonhap", dateline="Seoul", byline="Kim Eun-jung",
                  title="Lee, Ishiba agree to expand youth exchanges, cooperate on low birth rates"),
    quotes=[q("Lee Jae Myung", "Korea and Japan are like neighbors sharing a front yard,"),
            q("Lee Jae Myung", "We cannot move away from each other, and we should not try."),
            q("Shigeru Ishiba", "same challenges"),
            q("Shigeru Ishiba", "Let us learn from each other's failures as well as successes,"),
            q("Lee Jae Myung", "We will not forget the past, but we will not be held hostage by it either.")],
    proposals=pr("Lee Jae Myung", "youth exchanges", "responses to low birth rates", "the hydrogen economy"),
    figures=[f("South Koreans who visited Japan", 8.82 * M, "people", "2024"),
             f("South Koreans who visited Japan, growth", 26.3, "percent", "2024"),
             f("Japanese who visited South Korea", 3.2 * M, "people", "2024", "about"),
             f("South Korea-Japan trade in January-June", 38.7 * B, "USD", "2025"),
             f("forced labor victims and bereaved families refusing compensation", 15, "people", "2025", "about")])

G["s13_dawn_pak_sau.txt"] = dict(
    document=dict(published="2025-10-29", source=None, dateline="Riyadh", byline="Baqir Sajjad Syed",
                  title="Saudi Arabia rolls over $5bn deposit, pledges investment as PM Shehbaz visits Riyadh"),
    quotes=[q("Shehbaz Sharif", "Saudi Arabia has always stood by Pakistan in difficult times, and today it has done so once again,"),
            q("Shehbaz Sharif", "personal interest"),
            q("Muhammad Aurangzeb", "These are not just MoUs for the photograph,"),
            q("Muhammad Aurangzeb", "We expect at least half of them to become contracts by June."),
            q("Maleeha Lodhi", "breathing room"),
            q("Maleeha Lodhi", "You cannot build an economy on rollovers,")],
    proposals=pr("Shehbaz Sharif", "early completion of the Reko Diq copper and gold project with Saudi participation",
                 "the setting up of a refinery at Gwadar",
                 "the training of Pakistani workers for Saudi Arabia's Vision 2030 projects"),
    figures=[f("Saudi deposit with the State Bank of Pakistan", 5 * B, "USD", "2025"),
             f("memoranda of understanding signed by Saudi investors", 27, "memoranda of understanding", "2025"),
             f("value of the memoranda of understanding", 2.8 * B, "USD", "2025"),
             f("Pakistanis in Saudi Arabia", 2.7 * M, "people", "2025", "over"),
             f("remittances from Pakistanis in Saudi Arabia in fiscal year 2024-25", 9.3 * B, "USD", None),
             f("Pakistan's oil import bill from Saudi Arabia in the last financial year", 1.1 * T, "PKR", None)])

G["s14_guardian_gbr_fra.txt"] = dict(
    document=dict(published="2025-07-10", source=None, dateline=None, byline="Pippa Crerar and Angelique Chrisafis",
                  title="Starmer and Macron agree ‘one in, one out’ migrant returns deal"),
    quotes=[q("Keir Starmer", "by working together we can finally get a grip on this"),
            q("Keir Starmer", "For the first time, migrants arriving via small boat will be detained and returned to France in short order,"),
            q("Keir Starmer", "I’m under no illusions: this is not a silver bullet."),
            q("Emmanuel Macron", "There is no miracle solution,"),
            q("Emmanuel Macron", "but there is a European solution, and it begins between our two countries."),
            q("Yvette Cooper", "Every penny is being spent on stopping the boats,"),
            q("Kemi Badenoch", "a humiliation"),
            q("Nigel Farage", "a gimmick"),
            q("Enver Solomon", "Safe routes are the only way to stop people risking their lives. The prime minister’s deal is a start, but it is a small one.")],
    proposals=pr("Emmanuel Macron", "intercept more boats in shallow waters",
                 "dismantle the smugglers’ networks that sell places on the boats",
                 "work with the UK on a common EU-wide approach"),
    figures=[f("people returned to France each week under the pilot", 50, "people", None, "about"),
             f("people who crossed the Channel in small boats this year", 21000, "people", "2025", "over"),
             f("small-boat crossings, rise on the same period last year", 50, "percent", "2025", "about"),
             f("people who crossed the Channel in small boats", 36816, "people", "2024"),
             f("people who died trying to cross", 78, "people", "2024", "over"),
             f("UK payment to France over three years", 476 * M, "GBP", None),
             f("French and British troops in a joint exercise", 2000, "people", None)])

G["s15_bangkokpost_tha_vnm.txt"] = dict(
    document=dict(published="2025-05-17", source=None, dateline=None, byline=None,
                  title="Thailand, Vietnam aim for $25bn trade, upgrade ties"),
    quotes=[q("Paetongtarn Shinawatra", "Vietnam is not our competitor, it is our partner in growth,"),
            q("Paetongtarn Shinawatra", "When Vietnam grows, Thailand grows."),
            q("Pham Minh Chinh", "a new chapter"),
            q("Paetongtarn Shinawatra", "Instead of undercutting each other on price, we should act together,")],
    proposals=pr("Pham Minh Chinh", "connecting supply chains", "developing the digital and green economy", "promoting tourism")
              + pr("Paetongtarn Shinawatra", "connect the two countries' QR payment systems by the end of the year",
                   "open a direct flight between Chiang Mai and Da Nang",
                   "set up a joint task force against online scam networks"),
    figures=[f("two-way trade target", 25 * B, "USD", None),
             f("Thailand-Vietnam trade", 20 * B, "USD", "2024", "about"),
             f("Thai investment in new projects in Vietnam this year", 14.6 * B, "THB", "2025"),
             f("Vietnamese workers employed by Thai firms", 100000, "people", "2025", "over"),
             f("memorandums of understanding signed", 7, "memorandums of understanding", "2025"),
             f("rice exported by Thailand and Vietnam", 16.5 * M, "tonnes", "2024"),
             f("share of global rice trade", 40, "percent", "2024", "under"),
             f("losses to call centre gangs", 80 * B, "THB", "2024", "about")])

G["s16_dw_deu_pol.txt"] = dict(
    document=dict(published="2025-10-22", source=None, dateline=None, byline="Jacek Lepiarz",
                  title="Merz in Warsaw: Germany, Poland vow closer defense ties amid reparations row"),
    quotes=[q("Friedrich Merz", "Poland's security is Germany's security,"),
            q("Friedrich Merz", "The border between Poland and Belarus is also our border."),
            q("Donald Tusk", "We are grateful, but we are no longer the junior partner,"),
            q("Donald Tusk", "Poland pays for its own security."),
            q("Donald Tusk", "a new opening"),
            q("Friedrich Merz", "We know our historical responsibility, and we will live up to it,"),
            q("Boris Pistorius", "It's about deterrence,")],
    proposals=pr("Donald Tusk", "a German fund for the last living victims of the Nazi occupation",
                 "the return of Polish cultural property looted during the war"),
    figures=[f("Polish defense spending, share of GDP", 4.7, "percent", "2025"),
             f("German defense spending, share of GDP", 2.4, "percent", "2025", "about"),
             f("damage caused by the German occupation, per a Polish parliamentary report", 6.2 * T, "PLN", None),
             f("damage caused by the German occupation, per a Polish parliamentary report", 1.3 * T, "EUR", None),
             f("Germany-Poland trade", 174.9 * B, "EUR", "2024"),
             f("Germany-Poland trade, growth", 0.8, "percent", "2024"),
             f("people of Polish origin living in Germany", 2 * M, "people", "2025", "about"),
             f("German soldiers stationed in southeastern Poland", 300, "people", "2025", "about")])

here = os.path.dirname(os.path.abspath(__file__))
problems = 0
for name, g in G.items():
    text = open(os.path.join(here, "corpus", name), encoding="utf-8").read()
    for x in g["quotes"]:
        if x["text"] not in text:
            print(f"{name}: quote not in article: {x['text']}"); problems += 1
    for x in g["proposals"]:
        if x["text"] not in text:
            print(f"{name}: proposal not in article: {x['text']}"); problems += 1
    for x in g["figures"]:
        v = x["value"]; x["value"] = int(round(v)) if abs(v - round(v)) < 1e-6 * max(1, abs(v)) else round(v, 6)
    out = {"file": name, **g}
    with open(os.path.join(here, "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2); fh.write("\n")
missing = set(os.listdir(os.path.join(here, "corpus"))) - set(G)
if missing: print("articles without gold:", sorted(missing)); problems += 1
print(f"{len(G)} gold files written, {problems} problem(s)")
