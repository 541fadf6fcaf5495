# placeholder: translated once English is complete
language-name = nl
