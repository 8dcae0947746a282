// Command shot opens the gallery in a real window at 1366×768 for a screenshot and quits
// after a few seconds. Fyne's GL canvas capture comes back blank under Xvfb's software GL, so
// the picture is taken from the X server:
//
//	go build -o /tmp/gallery-shot ./app/gallery/shot
//	xvfb-run -s "-screen 0 1366x768x24" sh -c \
//	  '/tmp/gallery-shot & sleep 3; import -window root docs/screenshots/gallery.png; wait'
package main
