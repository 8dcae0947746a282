// Package theme is Tafkik's Fyne theme: Vazirmatn (regular and bold, embedded) for every
// text style, slightly larger sizes than Fyne's defaults so Persian letters with their dots read
// well on a 1366×768 office screen, and light and dark colour variants. Fyne scales it for a 4K
// monitor by the screen's density (or FYNE_SCALE).
//
//	a.Settings().SetTheme(theme.New())       // follows the system's light/dark setting
//	a.Settings().SetTheme(theme.Dark())      // forced dark
package theme
