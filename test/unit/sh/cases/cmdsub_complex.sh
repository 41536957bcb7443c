echo $(case x in x) echo matched;; esac)
echo "$(for i in 1 2 3; do echo -n $i; done)"
echo $( echo "paren ) inside" )
echo $(echo 'single ) quote')
echo $(# comment )
echo ok)
