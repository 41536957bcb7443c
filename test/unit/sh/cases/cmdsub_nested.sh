echo $(echo $(echo $(echo deep)))
echo "$(echo "$(echo "in quotes")")"
echo `echo \`echo backticks\``
echo $(echo `echo mixed`)
