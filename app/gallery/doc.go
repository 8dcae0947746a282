// Package gallery shows every widget of package rtl with hard mixed Persian/Latin/digit
// strings, for eyeballing and for the screenshot in docs/screenshots/gallery.png. The app
// exposes it as `tafkik --gallery`.
package gallery
