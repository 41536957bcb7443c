HOME=/home/user
echo ~ ~/dir "~" '~' x~
a=~/p; echo $a
b=x:~/q; echo $b
