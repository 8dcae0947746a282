// Command rashtgen19 writes the nineteenth author's labelled set; see package rasht19.
package main
