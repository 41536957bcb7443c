p=/usr/local/lib/libfoo.so.1
echo ${p#*/} ${p##*/}
echo ${p%.*} ${p%%.*}
echo ${p#/usr} ${p%1}
x=aaa
echo ${x#a} ${x##a} ${x#*} ${x##*} "[${x%%a*}]"
f=file.tar.gz
echo ${f%.gz} ${f%.*.*}
echo "${f#"file."}" ${f#'file.'}
pat='*.'
echo ${f#$pat} ${f#"$pat"}
