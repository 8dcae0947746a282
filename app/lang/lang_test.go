package lang

import (
	"encoding/json"
	"testing"

	fynelang "fyne.io/fyne/v2/lang"
)

func TestPersianFirst(t *testing.T) {
	if err := Setup(false); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"Cancel", "انصراف"}, // Fyne's own word, Persian even on an English workstation
		{"OK", "تأیید"},
		{"ذخیره", "ذخیره"}, // a screen's string is its own Persian key
	}
	for _, c := range cases {
		if got := fynelang.L(c.in); got != c.want {
			t.Errorf("L(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTranslationFilesParse(t *testing.T) {
	for _, name := range []string{"translations/en.json", "translations/fyne.fa.json"} {
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if len(m) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
}

// The English build looks the screens' Persian keys up; the Persian build returns them as
// they are, filling template data either way.
func TestEnglishBuild(t *testing.T) {
	if err := Setup(true); err != nil {
		t.Fatal(err)
	}
	got := L("صندوق درخواست‌ها")
	if err := Setup(false); err != nil {
		t.Fatal(err)
	}
	if got != "Inbox" {
		t.Errorf("English build: %q, want Inbox", got)
	}
	if got := L("صندوق درخواست‌ها"); got != "صندوق درخواست‌ها" {
		t.Errorf("Persian build: %q", got)
	}
	if got := L("{{.N}} درخواست", map[string]int{"N": 3}); got != "3 درخواست" {
		t.Errorf("template: %q", got)
	}
}
