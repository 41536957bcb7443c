touch B a C b 1 _x
echo *
echo [[:upper:]]
echo [[:digit:]]*
echo [!a-z]
