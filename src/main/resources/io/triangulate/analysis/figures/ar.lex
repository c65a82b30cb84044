# Figure lexicon: Arabic (format: see en.lex). Entries are normalised like the text: diacritics and
# tatweel removed, hamza-alef forms as ا, alef maqsura as ي. Clitic prefixes (و ب ل ف) are stripped on look-up.
[prefixes]
و
ف
ب
ل

[numbers]
صفر = 0
واحد = 1
واحدة = 1
اثنان = 2
اثنين = 2
اثنتان = 2
اثنتين = 2
ثلاثة = 3
ثلاث = 3
اربعة = 4
اربع = 4
خمسة = 5
خمس = 5
ستة = 6
ست = 6
سبعة = 7
سبع = 7
ثمانية = 8
ثماني = 8
ثمان = 8
تسعة = 9
تسع = 9
عشرة = 10
عشر = 10
عشرون = 20
عشرين = 20
ثلاثون = 30
ثلاثين = 30
اربعون = 40
اربعين = 40
خمسون = 50
خمسين = 50
ستون = 60
ستين = 60
سبعون = 70
سبعين = 70
ثمانون = 80
ثمانين = 80
تسعون = 90
تسعين = 90
٠ = 0

[scales]
مئة = 100
مائة = 100
الف = 1000
الاف = 1000
مليون = 1000000

[connectors]
و

[range]
الي
او

[between]
بين

[hedges]
علي الاقل = min
اكثر من = more
اقل من = less
حتي = upto
نحو = approx
حوالي = approx
قرابة = approx
زهاء = approx

[vague]
عشرات = 24 - approx
مئات = 200 - approx
الاف = 2000 - approx
عدة = 3 - approx
عدد من = 2 - approx

[duals]
صاروخي = rocket
صاروخين = rocket
صاروخان = rocket
قذيفتي = shell
قذيفتين = shell
قذيفتان = shell
شخصين = person
شخصان = person
جنديين = soldier
جنديان = soldier
طفلين = child
رجلين = man
امراتين = woman
عنصرين = member
مدنيين اثنين = civilian

[after]
قتلي = killed
قتيل = killed
قتيلا = killed
قتلوا = killed
لقوا حتفهم = killed
جرحي = injured
جريح = injured
جريحا = injured
مصابين = injured
اصيبوا = injured
معتقلين = arrested
مفقودين = missing
مخطوفين = kidnapped

[before]
مقتل = killed
قتل = killed
مصرع = killed
اصابة = injured
جرح = injured
اعتقال = arrested
اعتقلت = arrested
اختطاف = kidnapped
خطف = kidnapped

[singular-aux]

[singular]

[aux]
من
مدنيين

[negative]
دون وقوع اصابات = killed injured
دون اصابات = killed injured
بدون اصابات = killed injured
لا اصابات = killed injured
لم تسفر عن اصابات = killed injured
لم يسفر عن اصابات = killed injured
لم تسفر عن وقوع اصابات = killed injured
لم ترد انباء عن اصابات = killed injured
لم تقع اصابات = killed injured
دون وقوع خسائر بشرية = killed injured
لا خسائر بشرية = killed injured
لم يصب احد = killed injured

[neg-subject]

[neg-determiner]
لا
دون
بدون

[neg-particle]
لم

[neg-any]
عن

[casualty-nouns]
اصابات = killed injured
ضحايا = killed injured
قتلي = killed
جرحي = injured
خسائر = killed injured

[both]

[hedge-cues]
يبدو
ربما
على ما يبدو

[persons]
اشخاص = شخص
شخصا = شخص
شخص = شخص
مدنيين = مدني
مدنيا = مدني
جنود = جندي
جنديا = جندي
عناصر = عنصر
اطفال = طفل
رجال = رجل
نساء = امراة
اميركيين = أميركي
امريكيين = أميركي
مقاتلين = مقاتل
person = person
soldier = soldier
child = child
man = man
woman = woman
member = member
civilian = civilian

[plural-subjects]

[units]
سنوات
سنة
عاما
ايام
يوما
اسابيع
اشهر
ساعات
ساعة
دقائق
مرات
كيلومترات
كلم
كم
امتار
متر
دولار

[breaks]
في
بعد
قبل
منذ
حسب
وفقا

[weapons]
صاروخ = rocket
صواريخ = rocket
قذيفة = shell
قذائف = shell
قذائف هاون = mortar shell
قذيفة هاون = mortar shell
عبوة ناسفة = explosive device
عبوات ناسفة = explosive device
سيارة مفخخة = car bomb
قنبلة = bomb
قنابل = bomb
طائرة مسيرة = drone
طائرات مسيرة = drone
مسيرة = drone

[weapon-modifiers]
كاتيوشا = Katyusha
كاتيوشيا = Katyusha
غراد = Grad
هاون = mortar

[weapon-blockers]
هجمات
هجوم

[months]
يناير
فبراير
مارس
ابريل
مايو
يونيو
يوليو
اغسطس
سبتمبر
اكتوبر
نوفمبر
ديسمبر
كانون
شباط
اذار
نيسان
ايار
حزيران
تموز
اب
ايلول
تشرين

[time-words]

[currency]
دولار

[post-hedges]
علي الاقل = min
