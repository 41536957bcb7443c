unset u; e=; s=x
echo "[${u+a}]" "[${e+b}]" "[${e:+c}]" "[${s:+d}]" "[${s+e}]"
