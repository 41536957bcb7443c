touch b.c a.c c.h .hidden.c
echo *.c
echo *
echo ?.h
echo [ab].c
echo [!a].c
echo [a-b].*
