# ksyms.awk - turn `nm -n kernel` into the kernel's function-name table
# (see panic.c): sorted addresses with offsets into one string block.
$2 ~ /^[tT]$/ && $3 !~ /^\./ {
	addr[n] = $1; name[n] = $3; n++
}
END {
	print ".section .ksyms,\"a\""
	print ".globl ksym_count, ksym_table, ksym_names"
	print "ksym_count: .long " n
	print "ksym_table:"
	off = 0
	for (i = 0; i < n; i++) {
		print "\t.long 0x" addr[i] ", " off
		off += length(name[i]) + 1
	}
	print "ksym_names:"
	for (i = 0; i < n; i++)
		print "\t.asciz \"" name[i] "\""
}
