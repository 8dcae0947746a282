// Package rtl is Tafkik's right-to-left toolkit for Fyne: widgets that show mixed
// Persian/Latin/digit text in its correct visual order, and mirrored layouts, all chosen by one
// switch, Enabled (true in the Persian build).
//
// Fyne 2.7 shapes Persian but places the directional runs of a line left to right in logical
// order, so «کوچه ۱۲ خیابان 124 گلسار» reads wrong. Here each paragraph is resolved with the
// Unicode Bidirectional Algorithm (golang.org/x/text/unicode/bidi), wrapped into lines in
// logical order, each line reordered (rules L1, L2), and every run drawn by its own
// canvas.Text so Fyne still shapes it. Every widget is its own isolate: bidi controls in a
// citizen's text (U+202A–202E, U+2066–2069, LRM, RLM, ALM) are dropped (Sanitize) or shown
// (ShowControls) and never reach a neighbour. Codes such as 137-1405-000736 or 1405/02/14 are
// kept as one left-to-right unit.
//
// Widgets and helpers:
//
//	NewLabel(s)            one line (split on '\n'), start-aligned (right in Persian)
//	NewWrappedLabel(s)     wraps to its width, then reorders each line
//	NewCellLabel(s)        list/table cell: one line, «…» at the logical end when too narrow
//	NewRichLabel(spans...) bold/coloured/highlighted spans in one bidi paragraph; Highlight(text, query)
//	                       marks search matches (ي/ی, ك/ک, Persian/ASCII digits, case folded)
//	NewButton(s, fn)       widget.Button with a bidi label; NewButtonWithIcon puts the icon at the start side
//	NewEntry()             right-to-left entry: visual caret, Left/Right move visually, Shift selection
//	NewMultiLineEntry()    the same for notes
//	NewHBox, NewBorder(top, bottom, start, end, center...), NewForm("برچسب", field, ...),
//	NewGridWithColumns, NewGridWrap, NewToolbar, NewTabs   mirrored containers
//	NewCheck, NewHSplit(start, end, offset)   check box with the box on the right,
//	                       master/detail split with the list on the right
//	NewSelect(options, fn) drop-down whose face and list show bidi options at the start side,
//	                       the arrow at the end side; keyboard: Space/Enter/Up/Down, Escape
//	ShowConfirm, ShowInformation, ShowError, NewCustom, NewCustomConfirm   modal dialogs with
//	                       start-aligned wrapped text and buttons mirrored from Fyne's order
//	                       (confirming on the left in Persian); Enter confirms, Escape dismisses
//	                       (also from an Entry or Select inside a custom dialog's containers)
//	NewProgressBar()       fills from the start side, percentage in Persian digits «۴۰٪»
//	NewFileOpen, NewFileSave   file chooser: places on the start side, bidi names, RTL name
//	                       entry, asks before replacing, remembers the last folder
//	ShowPopUpMenu(menu, c, pos)   start-aligned items opening toward the end side (the
//	                       entry's cut/copy/paste menu uses it)
//	Mirror(layout)         any fyne.Layout, mirrored when Enabled
//	Column(col, n), NewTable, NewTableWithHeader   tables with logical column ids, column 0
//	                       drawn at the start side and scrolled into view
//	Icon(name)             theme icons with direction (back/next, arrows) swapped when Enabled
//
// Label fields mirror widget.Label's (Text, Wrapping, Alignment, TextStyle, Importance) plus
// Direction (DirDefault, DirRTL, DirLTR, DirAuto) and SizeName. Leading alignment means the
// start of the paragraph's direction.
package rtl
