import json,sys
G = {
 'p01_reuters_bra_arg.txt': (dict(published='2025-03-04',source='Reuters',dateline='Brasilia',byline='Mariana Coelho',title='Brazil, Argentina agree to revive gas pipeline talks after months of friction'),
  [('Mauro Vieira','BRA'),('Gerardo Werthein','ARG'),('Alexandre Silveira','BRA'),('María Tettamanti','ARG'),('Javier Milei','ARG'),('Luiz Inácio Lula da Silva','BRA'),('João Paulo dos Santos Neto','BRA'),('Manuel Adorni','ARG'),('Cecilia Moreau','ARG')]),
 'p02_afp_ken_som.txt': (dict(published='2025-06-17',source='AFP',dateline='Mandera',byline=None,title='Kenya and Somalia reopen border crossing shut for 14 years'),
  [('Kipchumba Murkomen','KEN'),('Abdullahi Sheikh Ismail Fartaag','SOM'),('Hassan Sheikh Mohamud','SOM'),('William Ruto','KEN'),('Ahmed Abdi Hassan','KEN'),('Wanjiru Kamau','KEN'),('Mohamed El-Amin Souef',None),('James Swan',None),('Halima Nuur','SOM')]),
 'p03_dawn_pak_ind.txt': (dict(published='2025-06-06',source=None,dateline='Islamabad',byline='Baqir Sajjad Syed',title="Islamabad rejects New Delhi's claims on Indus waters as 'baseless'"),
  [('Shafqat Ali Khan','PAK'),('S. Jaishankar','IND'),('Mian Muhammad Mueen Wattoo','PAK'),('Ishaq Dar','PAK'),('Wang Yi','CHN'),('Syed Mehr Ali Shah','PAK'),('Randhir Jaiswal','IND'),('Ayesha Siddiqa','GBR'),('Ashok Kumar Mehta','IND'),('Omar Ayub Khan','PAK')]),
 'p04_ap_deu_pol.txt': (dict(published=None,source='AP',dateline='Warsaw',byline='Vanessa Gera and Geir Moulson',title='Germany and Poland pledge joint air defense as Merz makes first visit to Warsaw'),
  [('Friedrich Merz','DEU'),('Donald Tusk','POL'),('Marta Cienkowska','POL'),('Radosław Sikorski','POL'),('Johann Wadephul','DEU'),('Jarosław Kaczyński','POL'),('Karol Nawrocki','POL'),('Agnieszka Łada-Konefał','DEU'),('Ursula von der Leyen',None),('Krzysztof Wójcik','POL')]),
 'p05_abc_aus_idn.txt': (dict(published='2024-08-29',source=None,dateline=None,byline='Hannah Roberts',title='Australia and Indonesia sign defence treaty in Jakarta'),
  [('Richard Marles','AUS'),('Prabowo Subianto','IDN'),('Retno Marsudi','IDN'),('Susannah Patton','AUS'),('Evan Laksmana','SGP'),('Andrew Hastie','AUS'),('Anwar Iskandar','IDN')]),
 'p06_aljazeera_tur_grc.txt': (dict(published='2024-07-11',source='Al Jazeera',dateline=None,byline=None,title='Greece and Turkey agree to keep talking despite Aegean row'),
  [('Kyriakos Mitsotakis','GRC'),('Recep Tayyip Erdogan','TUR'),('George Gerapetritis','GRC'),('Hakan Fidan','TUR'),('Zeki Akturk','TUR'),('Pavlos Marinakis','GRC'),('Selim Koru','TUR'),('Thanos Dokos','GRC'),('Panagiotis Christofas','GRC')]),
 'p07_ap_mex_usa.txt': (dict(published=None,source='AP',dateline='Mexico City',byline='María Verza',title='Mexico agrees to send more troops to border as Rubio visits'),
  [('Claudia Sheinbaum','MEX'),('Marco Rubio','USA'),('Donald Trump','USA'),('Juan Ramón de la Fuente','MEX'),('Omar García Harfuch','MEX'),('Ronald Johnson','USA'),('Marcelo Ebrard','MEX'),('Ana Enamorado','HND'),('Eunice Rendón','MEX')]),
 'p08_xinhua_gha_nga.txt': (dict(published='2025-10-02',source='Xinhua',dateline='Accra',byline=None,title='Ghana, Nigeria pledge to deepen trade, security ties'),
  [('John Dramani Mahama','GHA'),('Kashim Shettima','NGA'),('Bola Ahmed Tinubu','NGA'),('Samuel Okudzeto Ablakwa','GHA'),('Yusuf Maitama Tuggar','NGA'),('Omar Alieu Touray',None),('Kwame Asante','GHA'),('Comfort Adebayo','NGA')]),
}
for f,(doc,people) in G.items():
    d={'file':f,'document':doc,'people':[{'name':n,'country':c,'offices':[]} for n,c in people]}
    json.dump(d,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'gold',f+'.json'),'w'),ensure_ascii=False,indent=2)
G2 = {
 'p09_inquirer_phl_chn.txt': (dict(published='2025-08-12',source='Philippine Daily Inquirer',dateline='Manila',byline='Nestor Corrales',title='PH files protest after Chinese jets buzz patrol plane over Scarborough'),
  [('Alexander Lopez','PHL'),('Romeo Brawner Jr.','PHL'),('Risa Hontiveros','PHL'),('Martin Romualdez','PHL'),('Ji Lingpeng','CHN'),('Teresita Daza','PHL'),('Ray Powell','USA'),('Ma. Consuelo Castillo','PHL')]),
 'p10_vna_vnm_jpn.txt': (dict(published='2025-05-20',source='VNA',dateline='Hanoi',byline=None,title='Vietnamese, Japanese PMs hold talks in Hanoi'),
  [('Pham Minh Chinh','VNM'),('Shigeru Ishiba','JPN'),('Bui Thanh Son','VNM'),('Nguyen Chi Dung','VNM'),('Ito Naoki','JPN'),('To Lam','VNM'),('Luong Cuong','VNM'),('Tran Thanh Man','VNM'),('Do Duc Duy','VNM'),('Eto Taku','JPN'),('Nguyen Van Kim','VNM'),('Yoshiko Ishiba','JPN'),('Le Thi Bich Tran','VNM')]),
 'p11_arabnews_sau_egy.txt': (dict(published='2024-10-16',source='Arab News',dateline='Riyadh',byline=None,title="Saudi crown prince, Egypt's El-Sisi discuss Gaza, Red Sea security"),
  [('Mohammed bin Salman','SAU'),('Abdel Fattah El-Sisi','EGY'),('Abdulaziz bin Salman','SAU'),('Faisal bin Farhan','SAU'),('Adel Al-Jubeir','SAU'),('Badr Abdelatty','EGY'),('Hassan Rashad','EGY'),('Ahmed Fahmy','EGY'),('Hesham Al-Ghannam','SAU'),('Mostafa Kamel El-Sayed','EGY'),('Abdullah bin Zayed','ARE')]),
 'p12_guardian_gbr_fra.txt': (dict(published='2025-07-10',source='The Guardian',dateline=None,byline='Peter Walker',title="Starmer and Macron agree 'one in, one out' deal on Channel crossings"),
  [('Keir Starmer','GBR'),('Emmanuel Macron','FRA'),('Yvette Cooper','GBR'),('Bruno Retailleau','FRA'),('Kemi Badenoch','GBR'),('Nigel Farage','GBR'),('Enver Solomon','GBR')]),
}
for f,(doc,people) in G2.items():
    d={'file':f,'document':doc,'people':[{'name':n,'country':c,'offices':[]} for n,c in people]}
    json.dump(d,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'gold',f+'.json'),'w'),ensure_ascii=False,indent=2)
G3 = {
 'p13_crawl_chn_vnm.txt': (dict(published='2024-09-14',source=None,dateline=None,byline=None,title=None),
  [('Li Qiang','CHN'),('Tran Thanh Man','VNM'),('Tran Luu Quang','VNM'),('Pham Thanh Binh','VNM'),('He Lifeng','CHN'),('Wang Wentao','CHN'),('Zhao Leji','CHN'),('Ho Chi Minh','VNM'),('Mao Zedong','CHN'),('Nguyen Duc Hai','VNM'),('Wu Weihua','CHN'),('Chen Gang','CHN'),('Xu Liping','CHN')]),
 'p14_crawl_kor_prk.txt': (dict(published='2025-08-20',source=None,dateline=None,byline=None,title=None),
  [('Kim Yo Jong','PRK'),('Kim Jong Un','PRK'),('Chung Dong-young','KOR'),('Kim Gi-hyeon','KOR'),('Lee Jae-myung','KOR'),('Kang Hoon-sik','KOR'),('Xavier Brunson','USA'),('Yang Moo-jin','KOR'),('Park Won-gon','KOR')]),
 'p15_crawl_rus_ukr.txt': (dict(published='2025-05-17',source=None,dateline=None,byline=None,title=None),
  [('Vladimir Medinsky','RUS'),('Vladimir Putin','RUS'),('Rustem Umerov','UKR'),('Hakan Fidan','TUR'),('Volodymyr Zelensky','UKR'),('Dmitry Peskov','RUS'),('Andrii Yermak','UKR'),('Mykhailo Podolyak','UKR'),('Marco Rubio','USA'),('Keith Kellogg','USA'),('Tatiana Stanovaya','DEU')]),
 'p16_crawl_isr_irn.txt': (dict(published='2024-10-27',source=None,dateline=None,byline=None,title=None),
  [('Benjamin Netanyahu','ISR'),('Yoav Gallant','ISR'),('Esmaeil Baghaei','IRN'),('Ali Khamenei','IRN'),('Daniel Hagari','ISR'),('Reza Tavakoli','IRN'),('Antonio Guterres',None),('Ali Vaez','BEL'),('Basem Naim','PSE'),('Joe Biden','USA'),('Ahmad Bakhshayesh Ardestani','IRN')]),
}
for f,(doc,people) in G3.items():
    d={'file':f,'document':doc,'people':[{'name':n,'country':c,'offices':[]} for n,c in people]}
    json.dump(d,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'gold',f+'.json'),'w'),ensure_ascii=False,indent=2)
G4 = {
 'p17_crawl_ind_chn.txt': [('Wang Yi','CHN'),('S Jaishankar','IND'),('Ajit Doval','IND'),('Narendra Modi','IND'),('Randhir Jaiswal','IND'),('Jairam Ramesh','IND'),('Vijay Gokhale','IND'),('Xu Feihong','CHN'),('D S Hooda','IND'),('Xi Jinping','CHN')],
 'p18_crawl_egy_eth.txt': [('Abiy Ahmed','ETH'),('William Ruto','KEN'),('Hassan Sheikh Mohamud','SOM'),('Ismail Omar Guelleh','DJI'),('Hani Sewilam','EGY'),('Abdel Fattah al-Burhan','SDN'),('Abdel Fattah el-Sisi','EGY'),('Kifle Horo','ETH'),('Billene Seyoum','ETH'),('William Davison','BEL'),('Mohamed Nasr Allam','EGY')],
 'p19_crawl_jpn_kor.txt': [('Lee Jae Myung','KOR'),('Shigeru Ishiba','JPN'),('Yoshimasa Hayashi','JPN'),('Wi Sung-lac','KOR'),('Masakazu Tokura','JPN'),('Kim Hea Kyung','KOR'),('Koichi Hagiuda','JPN'),('Song Eon-seog','KOR'),('Jeffrey Hornung','USA'),('Donald Trump','USA')],
 'p20_crawl_usa_ven.txt': [('Diosdado Cabello','VEN'),('Nicolas Maduro','VEN'),('Pete Hegseth','USA'),('Marco Rubio','USA'),('Gustavo Petro','COL'),('Rosa Villavicencio','COL'),('Maria Corina Machado','VEN'),('Edmundo Gonzalez','VEN'),('Phil Gunson','VEN'),('Alvin Holsey','USA')],
}
for f,people in G4.items():
    d={'file':f,'document':dict(published=f and open(__import__('os').path.join(__import__('os').path.dirname(__file__),'corpus',f)).read()[6:16],source=None,dateline=None,byline=None,title=None),'people':[{'name':n,'country':c,'offices':[]} for n,c in people]}
    json.dump(d,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'gold',f+'.json'),'w'),ensure_ascii=False,indent=2)
G5 = {
 'p21_reuters_chn_phl.txt': (dict(published=None,source='Reuters',dateline='Manila',byline='Karen Lema and Mikhail Flores',title='China, Philippines trade blame after collision near Second Thomas Shoal'),
  [('Eduardo Ano','PHL'),('Romeo Brawner','PHL'),('Lin Jian','CHN'),('Ferdinand Marcos Jr','PHL'),('Lucas Bersamin','PHL'),('MaryKay Carlson','USA'),('Kazuhiko Endo','JPN'),('Collin Koh','SGP')]),
 'p22_afp_sdn_tcd.txt': (dict(published='2024-11-03',source='AFP',dateline='Port Sudan',byline=None,title='Sudan accuses Chad of arming paramilitaries as refugees flee Darfur'),
  [('Ali Youssef','SDN'),('Abderaman Koulamallah','TCD'),('Mohamed Hamdan Daglo','SDN'),('Abdel Fattah al-Burhan','SDN'),('Elbasha Tibeig','SDN'),('Mariam Abakar','SDN'),('Clementine Nkweta-Salami',None),('Ahmed Mahmoud',None),('Cameron Hudson','USA')]),
 'p23_kyodo_jpn_chn.txt': (dict(published=None,source='Kyodo',dateline='Tokyo',byline=None,title='Japan, China foreign ministers agree to stabilize ties in first talks'),
  [('Takeshi Iwaya','JPN'),('Wang Yi','CHN'),('Cho Tae-yul','KOR'),('Shigeru Ishiba','JPN'),('Yoshimasa Hayashi','JPN'),('Yoshihide Suga','JPN'),('Akio Takahara','JPN')]),
}
for f,(doc,people) in G5.items():
    d={'file':f,'document':doc,'people':[{'name':n,'country':c,'offices':[]} for n,c in people]}
    json.dump(d,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'gold',f+'.json'),'w'),ensure_ascii=False,indent=2)
