echo *.zzz
echo no?such
echo "[x"
x='*.none'; echo $x
