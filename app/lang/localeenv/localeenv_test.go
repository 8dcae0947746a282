package localeenv

import "testing"

func TestFix(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"LANG": "C.UTF-8"}, true},
		{map[string]string{"LANG": "C.utf8"}, true},
		{map[string]string{"LANG": "POSIX.UTF-8"}, true},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "fa_IR.UTF-8"}, true},
		{map[string]string{"LC_MESSAGES": "C.UTF-8"}, true},
		{map[string]string{"LANG": "C"}, false},     // Fyne reads no language: already quiet
		{map[string]string{"LANG": "POSIX"}, false}, // the same
		{map[string]string{}, false},
		{map[string]string{"LANG": "fa_IR.UTF-8"}, false},
		{map[string]string{"LANG": "en_US.UTF-8"}, false},
		{map[string]string{"LC_ALL": "fa_IR.UTF-8", "LANG": "C.UTF-8"}, false},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fa"}, false}, // the user's choice wins
		{map[string]string{"LANG": "Ca_ES.UTF-8"}, false},
	}
	for _, c := range cases {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		got := Fix(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if got != c.want {
			t.Errorf("%v: changed %v, want %v", c.env, got, c.want)
		}
		if got && env["LANGUAGE"] != "en" {
			t.Errorf("%v: LANGUAGE=%q", c.env, env["LANGUAGE"])
		}
		if !got && env["LANGUAGE"] != c.env["LANGUAGE"] {
			t.Errorf("%v: LANGUAGE changed to %q", c.env, env["LANGUAGE"])
		}
	}
}
