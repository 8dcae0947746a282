package lang

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	fynelang "fyne.io/fyne/v2/lang"
)

// TestWorkstationLocales starts this test binary again under each locale a district office
// machine may have and checks that Fyne logs nothing and the words stay Persian. The locale
// is read while packages initialise, so only a fresh process shows it.
func TestWorkstationLocales(t *testing.T) {
	if os.Getenv("TAFKIK_LOCALE_CHILD") != "" {
		localeChild()
		return
	}
	for _, loc := range []string{"C.UTF-8", "C", "POSIX", "", "en_US.UTF-8", "fa_IR.UTF-8", "de_DE.UTF-8"} {
		t.Run(loc, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestWorkstationLocales$")
			for _, kv := range os.Environ() {
				if k, _, _ := strings.Cut(kv, "="); k == "LANG" || k == "LANGUAGE" || strings.HasPrefix(k, "LC_") {
					continue
				}
				cmd.Env = append(cmd.Env, kv)
			}
			cmd.Env = append(cmd.Env, "LANG="+loc, "TAFKIK_LOCALE_CHILD=1")
			out, err := cmd.CombinedOutput()
			if err != nil || strings.Contains(string(out), "Fyne error") || strings.Contains(string(out), "WRONG") {
				t.Errorf("LANG=%q: %v\n%s", loc, err, out)
			}
		})
	}
}

// localeChild does what the app does at start and prints WRONG for a non-Persian word.
func localeChild() {
	if err := Setup(false); err != nil {
		println("WRONG setup:", err.Error())
	}
	for in, want := range map[string]string{"Cancel": "انصراف", "OK": "تأیید", "Yes": "بله"} {
		if got := fynelang.L(in); got != want {
			println("WRONG", in, "=", got)
		}
	}
	if got := L("ذخیره"); got != "ذخیره" {
		println("WRONG own string:", got)
	}
	_ = fynelang.SystemLocale() // what Fyne asks again for fonts and the device
}
