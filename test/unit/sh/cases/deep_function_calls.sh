d() { if [ $1 -gt 0 ]; then d $(($1 - 1)); else echo bottom; fi; }
d 50
