echo a # comment
# full line
echo b#notcomment
echo 'c # in quotes'
echo d\#e
