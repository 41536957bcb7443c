x=hello; e=
echo ${#x} ${#e} ${#unset_var}
set -- a b c d
echo ${#} $#
