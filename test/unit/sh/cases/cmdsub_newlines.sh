x=$(printf 'a\n\n\n')
echo "[$x]"
y=$(printf '\n\nb\n')
echo "[$y]"
z=$(true)
echo "[$z]"
