# ref: none
f() { :; }
type cd f if sh_nonexistent_xyz 2>&1
command -V exit
