# placeholder: translated once English is complete
language-name = pt-BR
