package rasht29

// kind is one problem a clerk would open one work order for.
type kind struct {
	code     string
	agency   string
	weight   float64 // issues per year, relative
	pools    string  // where it happens: a=alley, s=street stretch, m=landmark, p=park
	size     int     // 0 private (small), 1 ordinary, 2 public (draws more reports)
	days     int     // how long an episode stays open
	wet      bool    // comes with the autumn-winter rains
	category string  // the operator's right category
	wrong    []string
	// citizen is what a citizen writes (app, web, in person); operator is the phone
	// operator's summary. {p} is where the place goes when the writer puts it in the text.
	citizen, operator, fing []string
}

var vague = []string{"سایر", "عمومی", "شکایات", "سایر موارد", "درخواست شهروندی"}

var kinds = []kind{
	{code: "pothole", agency: "municipality", weight: 13, pools: "aas", size: 1, days: 60, category: "آسفالت و معابر", wrong: []string{"عمران", "ترافیک"},
		citizen:  []string{"یه چاله بزرگ {p} هست ماشین‌ها آسیب می‌بینن", "آسفالت {p} چاله شده", "یه چاله عمیق {p} هست شب دیده نمیشه خطرناکه", "دست‌انداز و چاله {p} لطفا ترمیم کنید", "چاله‌های {p} پر از آب شده و آسفالت داره کنده میشه"},
		operator: []string{"شهروند از وجود چاله در {p} شکایت دارد.", "درخواست ترمیم آسفالت و پر کردن چاله در {p}", "چاله در سطح معبر {p}، خواستار ترمیم فوری", "تماس‌گیرنده اعلام نمود آسفالت {p} تخریب شده و چاله ایجاد شده است."},
		fing:     []string{"chale bozorg {p} lotfan asfalt konid", "asfalt kharabe chale darim {p}"}},
	{code: "alleyasphalt", agency: "municipality", weight: 4, pools: "a", size: 2, days: 200, category: "آسفالت و معابر", wrong: []string{"عمران", "سایر"},
		citizen:  []string{"آسفالت کل {p} خراب شده چند ساله کسی رسیدگی نمی‌کنه", "کوچه ما آسفالت نداره، {p}، زمستون گل و لای", "لطفا {p} رو آسفالت کنید همه‌جا رو آسفالت کردن جز اینجا", "{p} نیاز به روکش آسفالت داره"},
		operator: []string{"درخواست آسفالت مجدد کل معبر {p}", "شهروند خواستار روکش آسفالت {p} می‌باشد.", "پیگیری آسفالت {p}؛ ساکنین چندین بار تماس گرفته‌اند", "آسفالت {p} فرسوده و تخریب شده، درخواست آسفالت"},
		fing:     []string{"asfalt {p} kharabe lotfan asfalt konid"}},
	{code: "garbage", agency: "municipality", weight: 16, pools: "aam", size: 1, days: 4, category: "پسماند", wrong: []string{"خدمات شهری", "نظافت معابر"},
		citizen:  []string{"زباله‌ها {p} از دیروز جمع نشده", "سلام ماشین زباله دو شبه نیومده {p}", "کیسه‌های زباله {p} ریخته وسط کوچه گربه‌ها پاره کردن", "بوی بد زباله {p} جمع‌آوری نشده", "زباله {p} رو جمع نکردن"},
		operator: []string{"عدم جمع‌آوری زباله در {p}", "شهروند از جمع‌آوری نشدن زباله در {p} گله‌مند است.", "انباشت زباله {p}، درخواست جمع‌آوری", "زباله‌های {p} دو روز است جمع‌آوری نشده است."},
		fing:     []string{"ashghal {p} jam nashode", "zobale ha ro jam nakardan {p}"}},
	{code: "bin", agency: "municipality", weight: 4, pools: "am", size: 0, days: 30, category: "پسماند", wrong: []string{"خدمات شهری"},
		citizen:  []string{"مخزن زباله {p} شکسته درش باز نمیشه", "لطفا مخزن زباله {p} رو از جلوی در خونه‌ها بردارید", "سطل زباله {p} سوخته", "مخزن زباله {p} رو نشستن بو میده"},
		operator: []string{"درخواست جابجایی مخزن زباله {p}", "مخزن پسماند {p} آسیب دیده، درخواست تعویض", "شستشوی مخزن زباله {p}"}},
	{code: "surfacewater", agency: "municipality", weight: 8, pools: "asm", size: 2, days: 3, wet: true, category: "آبهای سطحی", wrong: []string{"آب و فاضلاب", "عمران"},
		citizen:  []string{"با این بارون {p} رو آب گرفته نمیشه رد شد", "آبگرفتگی شدید {p}", "آب بارون {p} جمع شده تا زانو", "{p} رو آب برداشته کسی نیست رسیدگی کنه", "آب از {p} وارد حیاط خونه‌ها شده"},
		operator: []string{"آبگرفتگی معبر {p} در پی بارندگی", "شهروند اعلام نمود {p} دچار آبگرفتگی شده است.", "تجمع آب‌های سطحی در {p}، درخواست تخلیه", "آبگرفتگی {p}، آب وارد منازل شده"},
		fing:     []string{"ab gerefte {p}", "{p} ro ab bordeh"}},
	{code: "channel", agency: "municipality", weight: 5, pools: "as", size: 1, days: 20, wet: true, category: "آبهای سطحی", wrong: []string{"خدمات شهری", "آب و فاضلاب"},
		citizen:  []string{"جوی آب {p} پر از آشغال و برگه گرفته", "کانال آب باران {p} مسدود شده", "لطفا جوی {p} رو لایروبی کنید", "دریچه کانال آب بارون {p} گرفته"},
		operator: []string{"لایروبی جوی {p}", "انسداد کانال آب‌های سطحی در {p}", "درخواست لایروبی کانال {p}"}},
	{code: "sweeping", agency: "municipality", weight: 3, pools: "as", size: 0, days: 7, category: "نظافت معابر", wrong: []string{"پسماند"},
		citizen:  []string{"چند وقته {p} رو جارو نکردن", "برگ و خاک {p} رو گرفته", "رفتگر {p} نمیاد"},
		operator: []string{"درخواست رفت و روب {p}", "نظافت معبر {p} انجام نشده است."}},
	{code: "prune", agency: "municipality", weight: 4, pools: "asm", size: 0, days: 45, category: "فضای سبز", wrong: []string{"خدمات شهری", "سایر"},
		citizen:  []string{"شاخه‌های درخت {p} رفته تو سیم برق لطفا هرس کنید", "درخت‌های {p} هرس نشده جلوی دید رو گرفته", "درخت {p} خشک شده ممکنه بیفته"},
		operator: []string{"درخواست هرس درختان {p}", "هرس درخت {p}؛ شاخه‌ها به پنجره منازل رسیده", "درخت خشک در {p}، درخواست قطع یا هرس"}},
	{code: "fallentree", agency: "municipality", weight: 2, pools: "as", size: 1, days: 3, wet: true, category: "فضای سبز", wrong: []string{"حوادث", "سایر"},
		citizen:  []string{"با باد دیشب یه درخت افتاده {p} راه بسته شده", "درخت شکسته {p} راه رو بسته", "شاخه بزرگ افتاده روی ماشین {p}"},
		operator: []string{"سقوط درخت در {p} و انسداد معبر", "درخت شکسته در {p}، درخواست جمع‌آوری فوری"}},
	{code: "dogs", agency: "municipality", weight: 6, pools: "aasm", size: 1, days: 40, category: "حیوانات ولگرد", wrong: []string{"سایر", "بهداشت محیط"},
		citizen:  []string{"سگ‌های ولگرد {p} به بچه‌ها حمله می‌کنن", "چند تا سگ ولگرد {p} جمع شدن شب‌ها پارس می‌کنن", "یه گله سگ {p} هست خواهشا جمع کنید", "سگ ولگرد {p} مردم می‌ترسن رد بشن"},
		operator: []string{"وجود سگ‌های ولگرد در {p}", "شهروند از تجمع سگ‌های بلاصاحب در {p} شکایت دارد.", "سگ ولگرد {p}، درخواست زنده‌گیری"},
		fing:     []string{"sag velgard {p} kheili ziad shode"}},
	{code: "debris", agency: "municipality", weight: 5, pools: "aas", size: 0, days: 30, category: "نخاله ساختمانی", wrong: []string{"پسماند", "شهرسازی"},
		citizen:  []string{"نخاله ساختمونی ریختن {p}", "یه کامیون نخاله شب خالی کرده {p}", "خاک و نخاله {p} چند هفته مونده"},
		operator: []string{"تخلیه غیرمجاز نخاله در {p}", "رها شدن نخاله ساختمانی در {p}، درخواست جمع‌آوری"}},
	{code: "sidewalk", agency: "municipality", weight: 5, pools: "sm", size: 0, days: 30, category: "سد معبر", wrong: []string{"سایر", "ترافیک"},
		citizen:  []string{"مغازه‌دار {p} جنساشو چیده رو پیاده‌رو", "پیاده‌رو {p} رو بستن باید از تو خیابون رد شیم", "دستفروش‌ها {p} پیاده‌رو رو گرفتن"},
		operator: []string{"سد معبر توسط واحد صنفی در {p}", "اشغال پیاده‌رو در {p}", "شهروند از سد معبر مغازه‌ها در {p} شکایت دارد."}},
	{code: "park", agency: "municipality", weight: 4, pools: "p", size: 1, days: 40, category: "فضای سبز", wrong: []string{"سایر", "روشنایی"},
		citizen:  []string{"وسایل بازی {p} شکسته بچه‌ها زخمی میشن", "چراغ‌های {p} خاموشه شب‌ها ناامنه", "سرویس بهداشتی {p} کثیف و قفله", "نیمکت‌های {p} خراب شده"},
		operator: []string{"خرابی وسایل بازی {p}", "روشنایی داخل {p} خاموش است.", "وضعیت نامناسب سرویس بهداشتی {p}"}},
	{code: "bump", agency: "municipality", weight: 2, pools: "as", size: 0, days: 90, category: "ترافیک", wrong: []string{"آسفالت و معابر", "سایر"},
		citizen:  []string{"لطفا برای {p} سرعت‌گیر بذارید ماشینا با سرعت رد میشن", "سرعت‌گیر {p} خراب شده"},
		operator: []string{"درخواست نصب سرعت‌گیر در {p}", "ترمیم سرعت‌گیر {p}"}},
	{code: "building", agency: "municipality", weight: 2, pools: "a", size: 0, days: 60, category: "شهرسازی", wrong: []string{"سایر", "عمران"},
		citizen:  []string{"همسایه {p} بدون مجوز طبقه اضافه می‌سازه", "ساخت و ساز {p} تا نصف شب سر و صدا داره"},
		operator: []string{"ساخت و ساز غیرمجاز در {p}", "گزارش تخلف ساختمانی در {p}"}},
	{code: "carcass", agency: "municipality", weight: 1.5, pools: "as", size: 0, days: 2, category: "بهداشت محیط", wrong: []string{"پسماند", "حیوانات ولگرد"},
		citizen:  []string{"لاشه سگ {p} افتاده بو میده", "یه گربه مرده {p} هست"},
		operator: []string{"لاشه حیوان در {p}، درخواست جمع‌آوری"}},

	{code: "sewage", agency: "water", weight: 3, pools: "aa", size: 1, days: 10, category: "آب و فاضلاب", wrong: []string{"آبهای سطحی", "بهداشت محیط"},
		citizen:  []string{"فاضلاب {p} زده بیرون بوی گندش همه‌جا رو برداشته", "منهول فاضلاب {p} سر ریز کرده", "از دریچه فاضلاب {p} آب کثیف میاد بیرون", "لوله فاضلاب {p} گرفته"},
		operator: []string{"سرریز فاضلاب از منهول در {p}", "گرفتگی شبکه فاضلاب {p}، ارجاع به آبفا", "شهروند از پس زدن فاضلاب در {p} شکایت دارد."}},
	{code: "pipe", agency: "water", weight: 2, pools: "as", size: 1, days: 3, category: "آب و فاضلاب", wrong: []string{"آبهای سطحی", "سایر"},
		citizen:  []string{"لوله آب {p} ترکیده آب داره هدر میره", "از زیر آسفالت {p} آب تمیز میزنه بیرون", "چند روزه آب {p} نشت می‌کنه"},
		operator: []string{"شکستگی لوله آب در {p}", "نشت آب شرب از زیر معبر {p}"}},
	{code: "watertrench", agency: "water", weight: 1, pools: "as", size: 1, days: 40, category: "آسفالت و معابر", wrong: []string{"عمران", "آب و فاضلاب"},
		citizen:  []string{"آبفا {p} رو کنده رفته ترمیم نکرده", "بعد از لوله‌کشی آب {p} رو همینطوری ول کردن، شهرداری آسفالت کنه", "حفاری آب و فاضلاب {p} چند هفته‌ست باز مونده"},
		operator: []string{"عدم ترمیم حفاری شرکت آب و فاضلاب در {p}", "ترانشه آبفا در {p} رها شده است."}},

	{code: "streetlight", agency: "power", weight: 4.5, pools: "ss", size: 2, days: 20, category: "روشنایی", wrong: []string{"برق", "سایر"},
		citizen:  []string{"چراغ‌های برق {p} چند شبه خاموشه", "تیر چراغ {p} روشن نمیشه خیلی تاریکه", "روشنایی {p} خراب شده شب‌ها ناامنه", "لامپ‌های {p} سوخته"},
		operator: []string{"خاموشی روشنایی معابر در {p}", "چراغ‌های روشنایی {p} خاموش است.", "شهروند از خاموشی چراغ‌های {p} گله دارد."},
		fing:     []string{"cheragh barq {p} khamooshe", "{p} tarike cheragh ha sookhte"}},
	{code: "wire", agency: "power", weight: 1, pools: "as", size: 0, days: 5, category: "برق", wrong: []string{"روشنایی", "سایر"},
		citizen:  []string{"سیم برق {p} آویزون شده خطرناکه", "از تیر برق {p} جرقه میزنه"},
		operator: []string{"افتادگی سیم برق در {p}", "جرقه تیر برق {p}، ارجاع به برق"}},
	{code: "gassmell", agency: "gas", weight: 0.6, pools: "aa", size: 1, days: 2, category: "گاز", wrong: []string{"حوادث", "سایر"},
		citizen:  []string{"بوی گاز شدید {p}", "از لوله گاز {p} بوی گاز میاد"},
		operator: []string{"احساس بوی گاز در {p}، ارجاع به شرکت گاز", "نشت گاز احتمالی در {p}"}},
	{code: "gastrench", agency: "gas", weight: 0.5, pools: "as", size: 0, days: 40, category: "آسفالت و معابر", wrong: []string{"گاز", "عمران"},
		citizen:  []string{"شرکت گاز {p} رو کنده و ترمیم نکرده"},
		operator: []string{"عدم ترمیم حفاری شرکت گاز در {p}"}},
	{code: "telecom", agency: "telecom", weight: 1.4, pools: "as", size: 0, days: 30, category: "مخابرات", wrong: []string{"سایر", "برق"},
		citizen:  []string{"کابل مخابرات {p} افتاده رو زمین", "درب جعبه مخابرات {p} شکسته سیم‌ها بیرونه", "مخابرات {p} رو کنده ول کرده"},
		operator: []string{"آسیب‌دیدگی کافو مخابرات در {p}", "کابل تلفن آویزان در {p}", "حفاری مخابرات در {p} ترمیم نشده است."}},
	{code: "blocking", agency: "police", weight: 2, pools: "a", size: 0, days: 30, category: "ترافیک", wrong: []string{"سد معبر", "سایر"},
		citizen:  []string{"هر روز یه ماشین جلوی پارکینگ ما {p} پارک می‌کنه", "ماشین‌ها دوبله پارک می‌کنن {p} نمیشه رد شد"},
		operator: []string{"پارک خودرو مقابل درب پارکینگ در {p}", "سد معبر با خودرو در {p}"}},
	{code: "noise", agency: "police", weight: 0.5, pools: "as", size: 0, days: 30, category: "سایر", wrong: []string{"ترافیک"},
		citizen:  []string{"موتورسوارها شب‌ها {p} ویراژ میدن"},
		operator: []string{"مزاحمت صوتی موتورسیکلت‌ها در {p}"}},
	{code: "beggar", agency: "other", weight: 0.5, pools: "m", size: 0, days: 30, category: "سایر", wrong: []string{"سد معبر"},
		citizen:  []string{"کودکان کار {p} هر روز هستن", "متکدی {p} مزاحم مردم میشه"},
		operator: []string{"حضور متکدیان در {p}"}},
	{code: "smoke", agency: "other", weight: 0.3, pools: "s", size: 0, days: 10, category: "بهداشت محیط", wrong: []string{"سایر"},
		citizen:  []string{"دود آتیش زدن کاه شالیزار {p} نفس کشیدن سخته"},
		operator: []string{"سوزاندن کاه و کلش برنج در {p}"}},
}
