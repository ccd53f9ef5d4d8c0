# كلمات lede بالعربية (انظر en.ftl، مصدر كل رسالة).

## الترويسة
menu = القائمة
menu-sections = الأقسام
menu-close = إغلاق القائمة
search = بحث
search-label = ابحث في المقالات
search-results = نتائج البحث
search-loading = جارٍ تحميل المقالات…
search-none = لا نتائج لـ«{ $query }».
search-found = { $count ->
    [zero] لا نتائج.
    [one] نتيجة واحدة. استخدم مفاتيح الأسهم لاختيارها.
    [two] نتيجتان. استخدم مفاتيح الأسهم لاختيار إحداهما.
    [few] { $count } نتائج. استخدم مفاتيح الأسهم لاختيار إحداها.
   *[other] { $count } نتيجة. استخدم مفاتيح الأسهم لاختيار إحداها.
}
search-unreachable = { $count ->
    [one] تعذّر تحميل قسم للبحث فيه: تحقّق من اتصالك.
   *[other] تعذّر تحميل بعض الأقسام للبحث فيها: تحقّق من اتصالك.
}
search-site = ابحث عن «{ $query }» في الموقع كله
subscribe = اشترك
markets = الأسواق
markets-stale = غير محدّث
markets-as-of = حتى
markets-up = ارتفاع
markets-down = انخفاض
markets-unchanged = دون تغيير
site-notice = { $problem } تُعرض بدلًا منها القائمة الافتراضية للموقع.
site-message-unknown = الرسالة «{ $id }» في إعدادات الموقع ليست من رسائل lede.
site-message-placeable = الرسالة «{ $id }» في إعدادات الموقع فيها متغيّر لا يعرفه lede: { $placeable }.

## إعدادات القراءة
settings = إعدادات القراءة
settings-text-size = حجم النص
settings-smaller = تصغير النص
settings-larger = تكبير النص
settings-percent = { $percent }٪
settings-font = الخط
font-serif = مزخرف
font-sans = بسيط
settings-theme = المظهر
theme-auto = تلقائي
theme-light = فاتح
theme-dark = داكن
theme-sepia = بنّي
settings-width = عرض السطر
width-narrow = ضيّق
width-medium = متوسط
width-wide = عريض
settings-spacing = تباعد الأسطر
spacing-compact = متقارب
spacing-normal = عادي
spacing-loose = متباعد

## القارئ
loading = جارٍ التحميل…
latest-articles = آخر المقالات
feed-empty = لا مقالات هنا بعد.
back-to-list = → العودة إلى القائمة
by = بقلم
names-and = { " و" }
names-comma = { "، " }
updated = آخر تحديث
reading-time = مدة القراءة { $fast }–{ $slow } { $slow ->
    [few] دقائق
   *[other] دقيقة
}
reading-time-exact = { $minutes ->
    [one] مدة القراءة دقيقة واحدة
    [two] مدة القراءة دقيقتان
    [few] مدة القراءة { $minutes } دقائق
   *[other] مدة القراءة { $minutes } دقيقة
}
time-left = { $minutes ->
    [one] بقيت دقيقة واحدة
    [two] بقيت دقيقتان
    [few] بقيت { $minutes } دقائق
   *[other] بقيت { $minutes } دقيقة
}
finished = انتهت القراءة
reading-progress = تقدّم القراءة
share = مشاركة
link-copied = نُسخ الرابط
link-not-copied = تعذّر نسخ الرابط
read-aloud = الاستماع إلى المقال
listen = استمع
pause = إيقاف مؤقت
resume = متابعة
stop = إيقاف
speed = السرعة
newsletter-invitation = أهم الأخبار في بريدك الإلكتروني.
source = المصدر:
via = عبر
enlarge = تكبير الصورة
enlarge-described = تكبير الصورة: { $description }
picture = صورة
close = إغلاق
link = رابط
link-to = رابط إلى { $host }
link-in-page = الانتقال إلى الموضع المرتبط
table = جدول

## الاشتراك
email = البريد الإلكتروني
email-invalid = أدخل عنوان بريد إلكتروني، مثل name@example.com.
honeypot = اترك هذا الحقل فارغًا
privacy-policy = سياسة الخصوصية
consent-missing = ضع علامة في المربع للموافقة قبل الاشتراك.
subscribing = جارٍ الاشتراك…
try-again = حاول مجددًا
signup-waiting = تعذّر الوصول إلى الخادم، فحاول مجددًا. اشتراكك محفوظ وسيُرسل مجددًا { $seconds ->
    [one] بعد ثانية واحدة
    [two] بعد ثانيتين
    [few] بعد { $seconds } ثوانٍ
   *[other] بعد { $seconds } ثانية
} أو في زيارتك القادمة.
signup-success = أوشكت على الانتهاء: افتح بريدك لتأكيد اشتراكك.

## الأخطاء
error-title = تعذّر عرض هذا المقال
retry = إعادة المحاولة
what-article = المقال
what-site = إعدادات الموقع
what-quotes = بيانات الأسواق
error-address = «{ $address }» ليس عنوان ويب يستطيع lede تحميله.
error-private = { $url } على شبكة خاصة أو محلية ({ $address })، ولا يحمّل منها مُصيّر lede إلا بإذن.
error-offline = أنت غير متصل بالإنترنت، لذا تعذّر تحميل { $url }. سيُحمَّل عند عودة الاتصال.
error-network = تعذّر تحميل { $url }: لم يستجب { $host } أو لم يسمح لهذه الصفحة بقراءته. حاول مجددًا بعد قليل.
error-program-part = تعذّر تحميل الجزء من هذا القارئ الذي يقرأ { $url }. حاول مجددًا بعد قليل.
error-panic = توقّف القارئ بسبب خطأ داخلي. أعد تحميل الصفحة للمحاولة مجددًا.
error-timeout = استغرق { $host } أكثر من { $seconds } ثانية لإرسال { $url }.
error-not-found = لا يوجد { $what } على { $url } (أجاب الخادم «{ $answer }»).
error-refused = رفض الخادم إرسال { $url } («{ $answer }»).
error-server = واجه الخادم مشكلة في إرسال { $url } («{ $answer }»). قد يعمل مجددًا بعد قليل.
error-status = أجاب الخادم «{ $answer }» على { $url }.
error-retry-after = يطلب الخادم إعادة المحاولة { $seconds ->
    [one] بعد ثانية واحدة
    [two] بعد ثانيتين
    [few] بعد { $seconds } ثوانٍ
   *[other] بعد { $seconds } ثانية
}.
error-not-json = تعذّرت قراءة { $what } على { $url }: ليس بصيغة JSON ({ $detail }).
error-empty = تعذّرت قراءة { $what } على { $url }: المستند فارغ.
error-web-page = تعذّرت قراءة { $what } على { $url }: إنه صفحة ويب، لا JSON الذي يقرؤه lede.
error-too-deep = تعذّرت قراءة { $what } على { $url }: تداخله أعمق من { $limit } مستوى، أكثر مما يقرؤه lede.
error-too-large = تعذّرت قراءة { $what } على { $url }: حجمه { $size } ميغابايت، أكثر من { $limit } ميغابايت التي يقرؤها lede.
error-too-many-blocks = تعذّر عرض { $what } على { $url }: فيه { $count } كتلة، أكثر من { $limit } التي يعرضها lede.
error-missing = تعذّرت قراءة { $what } على { $url }: الحقل { $field } غير موجود.
error-wrong-type = تعذّرت قراءة { $what } على { $url }: الحقل { $field } ليس من النوع المتوقع.
error-bad-value = تعذّرت قراءة { $what } على { $url }: القيمة «{ $value }» للحقل { $field } غير صالحة.
error-no-items = تعذّر عرض { $what } على { $url }: القائمة بلا مقالات.
error-newer-version = تعذّرت قراءة { $what } على { $url }: صيغته هي الإصدار { $version } من صيغة lede، وهو أحدث من هذا القارئ.
error-unknown-format = تعذّرت قراءة { $what } على { $url }: ليس بصيغة يقرؤها lede (JSON الخاص بـ lede، أو WordPress REST API، أو JSON Feed، أو JSON-LD من schema.org، أو Ghost Content API).

## حول المقال
paywall-title = اشترك لمواصلة القراءة
paywall-text = بقية هذا المقال متاحة للمشتركين فقط.
paywall-sign-in = تسجيل الدخول
read-next = اقرأ أيضًا
video-play = شغّل الفيديو (يُحمَّل من { $provider })
video-remember = شغّل مقاطع الفيديو من هذا الموقع دائمًا
video-frame-title = فيديو { $provider }: { $title }
