"""The main window (`utama.JendelaUtama`) and its parts: the tree, search, the check panel
and the controllers that own the menu actions."""
