package tafkik

import "testing"

func TestVersionOf(t *testing.T) {
	cases := []struct{ toml, want string }{
		{"[Details]\n  Version = \"0.1.0\"\n  Build = 7\n", "0.1.0+7"},
		{"[Details]\nVersion = \"2.0.0\"\n", "2.0.0"},
		{"[Details]\n", "dev"},
	}
	for _, c := range cases {
		if got := versionOf(c.toml); got != c.want {
			t.Errorf("versionOf(%q) = %q, want %q", c.toml, got, c.want)
		}
	}
	if Version != versionOf(fyneApp) || Version == "dev" {
		t.Errorf("Version = %q, FyneApp.toml says %q", Version, versionOf(fyneApp))
	}
}
