package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestAsides: another agency named only in passing — a comparison with an earlier occasion,
// a denial whose verb is written apart from its «نمی», a grievance about fees paid, what an
// earlier request of the writer's was about — leaves a municipal complaint with the
// municipality; the same words said as the complaint still refer it. Found on a ninth
// author's text (triage/eval/rasht9), written here in words and spellings of our own.
func TestAsides(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
	}{
		// a comparison with an earlier occasion: what went wrong that time is no request
		{"like last time the power went", "آسفالت کوچه از بین رفته. مثل دفعه قبل که برق رفته بود کسی نیامد.", tafkik.AgencyMunicipality},
		{"like last time, zwnj and arabic letters", "چاله‌های بزرگی توی آسفالت درست شده، مثل دفعه‌ی قبل كه برق رفته بود هيچكس نيومد", tafkik.AgencyMunicipality},
		{"like that time the sewage", "جوی کوچه پر از برگه، مثل اون دفعه که فاضلاب زده بود بیرون کسی نیومد", tafkik.AgencyMunicipality},
		{"like last year when gas", "زباله‌ها سه روزه جمع نشده مانند پارسال که گاز قطع شده بود و کسی جواب نداد", tafkik.AgencyMunicipality},
		{"like last time, simple past", "دست انداز جلوی خونه خطرناکه. مثل بار قبل که تلفن قطع شد هیچکس نیامد.", tafkik.AgencyMunicipality},
		{"the comparison alone is read", "مثل دفعه قبل که برق رفته بود کسی نیامد", tafkik.AgencyPower},
		{"power out now, like last time", "برق کل کوچه رفته، مثل دفعه قبل", tafkik.AgencyPower},
		{"power out now, compared too", "از صبح برق کوچه قطع شده. مثل دفعه قبل که برق رفته بود کسی نیامد.", tafkik.AgencyPower},
		// a denial with «نمی» written apart from its verb
		{"branches short of the wire, apart", "شاخه ها به سیم برق نمی رسند، فقط جلوی خانه را گرفته", tafkik.AgencyMunicipality},
		{"branches short of the wire, joined", "شاخه‌ها به سیم برق نمی‌رسند ولی جلوی پنجره را گرفته‌اند", tafkik.AgencyMunicipality},
		{"branches on the wire", "شاخه ها به سیم برق می رسند و جرقه میزنه", tafkik.AgencyPower},
		{"no sewage smell, apart", "آب باران است و بوی فاضلاب نمی دهد", tafkik.AgencyMunicipality},
		{"no sewage smell, arabic letters", "جوي آب پر از لجن و برگ است. آب باران است و بوي فاضلاب نمي دهد.", tafkik.AgencyMunicipality},
		{"sewage smell", "بوی فاضلاب میده و از منهول زده بیرون", tafkik.AgencyWater},
		// fees paid, verb apart: a grievance, not the municipality's permits
		{"we pay the fees, apart", "برق کل کوچه قطع شده. ما عوارض نوسازی را هر سال می دهیم ولی خدماتی نمی گیریم.", tafkik.AgencyPower},
		{"we pay the fees, gas", "لوله گاز روی دیوار سوراخ شده و صدای فس میده. ما عوارض نوسازی را هر سال می‌دهیم", tafkik.AgencyGas},
		{"the fees themselves", "برای پرداخت عوارض نوسازی به شهرداری رفتم ولی سامانه خراب بود", tafkik.AgencyMunicipality},
		// what an earlier request was about, when this one is another
		{"earlier report on the wire, another topic", "قبلا آویزان بودن سیم برق را با شماره ۷۱۶۹۹۳۹ گزارش داده بودم؛ این یکی موضوع دیگری است: برگ‌ها جمع نشده و زمین لیز است.", tafkik.AgencyMunicipality},
		{"earlier code about surface water", "(کد قبلی من ۷۱۹۱۶۹۴ مربوط به تجمع آبهای سطحی بود) سلام چراغ خیابان روزها روشن است و شبها خاموش", tafkik.AgencyPower},
		{"earlier request about the asphalt", "درخواست قبلی من با کد 7191694 درباره خرابی آسفالت بود. این بار موتورسوارها شب ها با اگزوز بلند دور می زنند.", tafkik.AgencyPolice},
		{"earlier gas report, still smells", "قبلا نشت گاز را با شماره ۷۱۶۹۹۳۹ گزارش دادم ولی هنوز بوی گاز میاد", tafkik.AgencyGas},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := e.Explain(tafkik.Request{ID: "1", Text: c.text})
			if x.Flag.Agency != c.agency {
				t.Errorf("%s: got %s (%s %v), want %s", c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency)
			}
		})
	}
}
