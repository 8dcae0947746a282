package rtl

// Enabled is the one switch between the right-to-left (Persian) and left-to-right builds: it
// picks the default paragraph direction of every widget here and whether the layouts are
// mirrored. Set it once at start-up, before building any screen; it is not meant to change
// while windows are open.
var Enabled = true
