t() { if "$@"; then echo y; else echo n; fi; }
t [ a = a ]; t [ a != a ]; t [ -n x ]; t [ -z "" ]; t [ x ]; t [ "" ]
t [ 3 -lt 5 ]; t [ 5 -le 4 ]; t [ 2 -eq 2 ]; t [ 2 -ne 2 ]; t [ 7 -gt 1 ]; t [ 1 -ge 1 ]
touch f; mkdir d
t [ -f f ]; t [ -d f ]; t [ -d d ]; t [ -e nope ]; t [ -s f ]
t [ ! -e nope ]; t [ a = a -a b = c ]; t [ a = a -o b = c ]
t [ \( a = b \) -o c = c ]; t test -x f; t [ ! ]
