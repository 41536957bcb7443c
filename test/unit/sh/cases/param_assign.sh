unset u; e=
echo ${u:=first} $u
echo ${u:=second} $u
echo "[${e=set}]" "[${e:=now}]" $e
