# placeholder: translated once English is complete
language-name = pl
